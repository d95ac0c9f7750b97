/**
 * Every message that crosses between the content script, the background and the extension's
 * pages, with its payload and reply types. Adding a message means adding it here; the compiler
 * then checks every sender and handler.
 */
import type { DateStatus, TitleStatus } from '../corpus/types';
import type { EntityType } from '../match/catalogue-types';
import type { MarkMode, UiLanguage } from '../settings/schema';

/** What a tab's content script found, as the popup and the action badge show it. */
export interface PageStatus {
  hostname: string;
  /** The page reads as Arabic (its lang attribute, or its text). */
  arabic: boolean;
  /** Siyaq is working on the page: Arabic, and on for its site. */
  active: boolean;
  /** Distinct entities found on the page so far. */
  entities: number;
}

/** Whether Siyaq runs on a site, and the settings a page needs, as the background decides them. */
export interface SiteState {
  site: string;
  on: boolean;
  paused: boolean;
  markMode: MarkMode;
  hoverDelayMs: number;
  uiLanguage: UiLanguage;
}

/** One sourced passage of the corpus, as the card and the sidebar cite it. */
export interface PassageRef {
  text: string;
  title: string;
  titleStatus: TitleStatus;
  outlet: string | null;
  date: string;
  dateStatus: DateStatus;
}

/** What the card shows beneath an entity's name. */
export interface CardSummary {
  id: string;
  description: string | null;
  passage: PassageRef | null;
}

/** A passage as the sidebar quotes it: where the entity is named, and what surrounds it. */
export interface PassageView extends PassageRef {
  articleId: string;
  /** [start, end) of each mention of the entity in `text`, to emphasise it. */
  mentions: [number, number][];
  before: string | null;
  after: string | null;
}

export interface EntityRef {
  id: string;
  type: EntityType;
  ar: string;
  en: string;
}

export interface RelatedEntity extends EntityRef {
  /** Passages that name both. */
  shared: number;
}

export interface TimelineItem {
  date: string;
  /** The date was resolved from a relative expression or an inferred article date. */
  inferred: boolean;
  text: string;
  title: string;
  titleStatus: TitleStatus;
  outlet: string | null;
}

/** Everything the sidebar shows about one entity. */
export interface EntityBackground extends EntityRef {
  /** What the corpus says it is, and where it says so; null where it says nothing. */
  description: { text: string; source: PassageRef } | null;
  /** The role each article gives, in date order (for people whose role changes). */
  roles: { text: string; date: string; dateStatus: DateStatus; title: string; titleStatus: TitleStatus }[];
  passages: PassageView[];
  related: RelatedEntity[];
  timeline: TimelineItem[];
}

export interface SearchResults {
  entities: EntityRef[];
  passages: PassageView[];
}

export interface Protocol {
  /** content script, popup → background: is Siyaq on for this host's site? */
  'site/state': { payload: { hostname: string }; reply: SiteState };
  /** sidebar → background: the full background of one entity (null for an unknown id). */
  'entity/background': { payload: { id: string }; reply: EntityBackground | null };
  /** sidebar → background: free-text search over the corpus. */
  'corpus/search': { payload: { text: string }; reply: SearchResults };
  /** background → content script: open or close the sidebar (keyboard command, context menu). */
  'sidebar/toggle': { payload: { search?: string }; reply: null };
  /** card → background: the one-line description and the first background passage. */
  'entity/summary': { payload: { id: string }; reply: CardSummary };
  /** popup → content script of the active tab. */
  'page/status': { payload: null; reply: PageStatus };
  /** content script → background, whenever the page's status changes (drives the badge). */
  'page/report': { payload: PageStatus; reply: null };
}

export type MessageType = keyof Protocol;
export type Payload<K extends MessageType> = Protocol[K]['payload'];
export type Reply<K extends MessageType> = Protocol[K]['reply'];
export type Message<K extends MessageType = MessageType> = K extends MessageType
  ? { type: K; payload: Payload<K> }
  : never;

/** Where a message came from, as far as the handlers need to know. */
export interface Origin {
  tabId?: number;
}

export type Handlers<K extends MessageType> = {
  [P in K]: (payload: Payload<P>, origin: Origin) => Reply<P> | Promise<Reply<P>>;
};

// A record, not a list, so that the compiler insists on every message type being here.
const KNOWN: Record<MessageType, true> = {
  'site/state': true,
  'entity/background': true,
  'corpus/search': true,
  'sidebar/toggle': true,
  'entity/summary': true,
  'page/status': true,
  'page/report': true,
};
const TYPES: ReadonlySet<string> = new Set(Object.keys(KNOWN));

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    TYPES.has((value as { type: string }).type) &&
    'payload' in value
  );
}

/**
 * Routes a received message to its handler. Returns undefined for messages this context does
 * not handle, so that another listener (or none) answers them.
 */
export function dispatch<K extends MessageType>(
  handlers: Handlers<K>,
  message: unknown,
  origin: Origin,
): Promise<unknown> | undefined {
  if (!isMessage(message) || !(message.type in handlers)) return undefined;
  const handler = handlers[message.type as K] as (payload: unknown, origin: Origin) => unknown;
  return Promise.resolve(handler(message.payload, origin));
}
