/**
 * Every message that crosses between the content script, the background and the extension's
 * pages, with its payload and reply types, and a run-time schema for every payload: a content
 * script runs in a renderer that shares its process with the page, so the receiver checks shape
 * and size before any handler sees a payload.
 */
import * as v from 'valibot';
import type { DateStatus, TitleStatus } from '../index/types';
import type { EntityRef } from '../match/catalogue-types';
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
export interface EntityDossier extends EntityRef {
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

/** Longest search text the background takes: longer is no search a reader types. */
export const MAX_QUERY_LENGTH = 200;

export interface Protocol {
  /** content script, popup → background: is Siyaq on for this host's site? */
  'site/state': { payload: { hostname: string }; reply: SiteState };
  /** sidebar → background: the dossier of one entity (null for an unknown id). */
  'entity/dossier': { payload: { id: string }; reply: EntityDossier | null };
  /** sidebar → background: free-text search over the corpus. */
  'corpus/search': { payload: { text: string }; reply: SearchResults };
  /** background → content script: open or close the sidebar (keyboard command, context menu). */
  'sidebar/toggle': { payload: { search?: string }; reply: null };
  /** card → background: the one-line description and the first passage of the entity's dossier. */
  'entity/summary': { payload: { id: string }; reply: CardSummary };
  /** popup → content script of the active tab. */
  'page/status': { payload: null; reply: PageStatus };
  /** content script → background, whenever the page's status changes (drives the badge). */
  'page/report': { payload: PageStatus; reply: null };
  /** content script → background: the secret its frames must be shown to accept it as their host. */
  'frame/register': { payload: { token: string }; reply: null };
  /** card or sidebar frame → background: the secret its tab's content script registered. */
  'frame/token': { payload: null; reply: { token: string | null } };
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
  /** The sender is one of the extension's own pages (popup, options, card or sidebar frame). */
  extensionPage: boolean;
}

export type Handlers<K extends MessageType> = {
  [P in K]: (payload: Payload<P>, origin: Origin) => Reply<P> | Promise<Reply<P>>;
};

const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const hostname = v.pipe(v.string(), v.maxLength(253));
const query = v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH));

// A record, not a list, so that the compiler insists on a schema for every message type, and
// that each schema reads as its payload's type.
const PAYLOADS: { [K in MessageType]: v.GenericSchema<unknown, Payload<K>> } = {
  'site/state': v.strictObject({ hostname }),
  'entity/dossier': v.strictObject({ id: entityId }),
  'corpus/search': v.strictObject({ text: query }),
  'sidebar/toggle': v.strictObject({ search: v.optional(query) }),
  'entity/summary': v.strictObject({ id: entityId }),
  'page/status': v.null(),
  'page/report': v.strictObject({
    hostname,
    arabic: v.boolean(),
    active: v.boolean(),
    entities: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  'frame/register': v.strictObject({ token: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
  'frame/token': v.null(),
};

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null || !('payload' in value)) return false;
  const { type } = value as { type?: unknown };
  return typeof type === 'string' && Object.hasOwn(PAYLOADS, type);
}

/**
 * Routes a received message to its handler. Returns undefined for messages this context does
 * not handle, so that another listener (or none) answers them; a payload that does not fit its
 * schema is refused before the handler runs.
 */
export function dispatch<K extends MessageType>(
  handlers: Handlers<K>,
  message: unknown,
  origin: Origin,
): Promise<unknown> | undefined {
  if (!isMessage(message) || !Object.hasOwn(handlers, message.type)) return undefined;
  const checked = v.safeParse(PAYLOADS[message.type], message.payload);
  if (!checked.success) return Promise.reject(new Error(`malformed ${message.type}: ${v.summarize(checked.issues)}`));
  const handler = handlers[message.type as K] as (payload: unknown, origin: Origin) => unknown;
  return Promise.resolve(handler(checked.output, origin));
}
