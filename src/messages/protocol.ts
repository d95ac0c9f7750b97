/**
 * Every message that crosses between the content script, the background and the extension's
 * pages, with its payload and reply types, and a run-time schema for every payload: a content
 * script runs in a renderer that shares its process with the page, so the receiver checks shape
 * and size before any handler sees a payload.
 */
import type { DateStatus, TitleStatus } from '../index/types';
import type { RolesOn } from '../dated/offices';
import type { ArticleCapture, UserActor } from '../library/types';
import type { EntityRef, EntityType } from '../match/catalogue-types';
import type { SettingsPatch } from '../settings/patch';
import type { MarkMode, Settings, UiLanguage } from '../settings/schema';
import type { ImportResult } from '../settings/transfer';

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
  /** The reader's own actors, marked like the catalogue's. */
  actors: UserActor[];
}

/** One sourced passage of the corpus, as the card and the sidebar cite it. */
export interface PassageRef {
  text: string;
  title: string;
  titleStatus: TitleStatus;
  outlet: string | null;
  date: string;
  dateStatus: DateStatus;
  /** Where a saved article was read; null for the bundled corpus. */
  url: string | null;
}

/** What the card shows beneath an entity's name. */
export interface CardSummary {
  id: string;
  description: string | null;
  passage: PassageRef | null;
  /** A person's offices as of the page's date, where the dated facts know them. */
  roles: RolesOn | null;
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
  /** Where a saved article was read; null for the bundled corpus. */
  url: string | null;
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
  /** A person's offices as of the page's date, where the dated facts know them. */
  datedRoles: RolesOn | null;
}

export interface SearchResults {
  entities: EntityRef[];
  passages: PassageView[];
}

/** Longest search text the background takes: longer is no search a reader types. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Most distinct entities a page can report: the catalogue's few hundred and the reader's own
 * actors (at most 5 000). A count past it is no count of Siyaq's, and never reaches the badge.
 */
export const MAX_PAGE_ENTITIES = 10_000;

/**
 * Most text one page/scan carries, in characters, and most pieces: a content script sends an
 * article in batches of at most this much (a typical article is one), so that no message costs
 * either side more than a few milliseconds.
 */
export const MAX_SCAN_CHARS = 65_536;
export const MAX_SCAN_TEXTS = 4_096;

/** What page/scan found: per text, four numbers a mention (see scanTexts in background/page-scan.ts). */
export interface PageFound {
  /** The entities the numbers name, by their place in this list. */
  entities: EntityRef[];
  found: number[][];
}

/** Messages to the background, from content scripts, the popup, the options page and the frames. */
export type ToBackground = {
  /**
   * Is Siyaq on for this page's site? A content script asks of its own page (null: the host is
   * the one the browser gives as the sender's); the popup names the tab it acts on, whose host
   * is the one that tab's content script was seen on. No message names a host.
   */
  'site/state': { payload: { tabId: number } | null; reply: SiteState };
  /** sidebar: the dossier of one entity (null for an unknown id), as of the page's date. */
  'entity/dossier': { payload: { id: string; date: string }; reply: EntityDossier | null };
  /** sidebar: free-text search over the corpus. */
  'corpus/search': { payload: { text: string }; reply: SearchResults };
  /** card: the one-line description and the first passage of its dossier, as of the page's date. */
  'entity/summary': { payload: { id: string; date: string }; reply: CardSummary };
  /**
   * content script, whenever the page's status changes: drives the badge, and the popup (which
   * receives what the background does) follows it too.
   */
  'page/report': { payload: PageStatus; reply: null };
  /**
   * content script: the mentions in these pieces of its page's text, roles read on the page's
   * date, anaphors in the order of the pieces `page` (a random name for one reading of the page)
   * has sent so far. Only a content script asks, of the text it read off its own page.
   */
  'page/scan': { payload: { page: string; texts: string[]; date: string }; reply: PageFound };
  /** content script: the secret its frames must be shown to accept it as their host. */
  'frame/register': { payload: { token: string }; reply: null };
  /** card or sidebar frame: the secret its tab's content script registered. */
  'frame/token': { payload: null; reply: { token: string | null } };
  /** popup, sidebar, options (extension pages only): save an article; the same URL again updates it. */
  'library/save': { payload: ArticleCapture; reply: { id: string; updated: boolean } };
  /** extension pages: add an actor of the reader's ("Add to Siyaq"); refused when its name is taken. */
  'actors/add': { payload: { type: EntityType; ar: string; en: string | null }; reply: UserActor };
  /** options page, after it edited the library or the actors itself: tabs get the new actors. */
  'library/changed': { payload: null; reply: null };
  /**
   * extension pages (popup, options): change settings. The background applies every change in
   * turn to what is stored then, so two made at once are both kept; it replies with the result.
   */
  'settings/change': { payload: SettingsPatch; reply: Settings };
  /** options page: a settings file, merged onto the current settings in turn as a change is. */
  'settings/import': { payload: { text: string }; reply: ImportResult };
};

/** Messages to a tab's content script, from the background and the popup. */
export type ToTab = {
  /** popup: what the page has. */
  'page/status': { payload: null; reply: PageStatus };
  /** background (keyboard command, context menu), popup: open or close the sidebar. */
  'sidebar/toggle': { payload: { search?: string; actor?: string }; reply: null };
  /** background, after any settings change: the site's new state, applied at once. */
  'site/changed': { payload: SiteState; reply: PageStatus };
  /** popup, background (command, context menu): the article on the page, as saving reads it. */
  'page/article': { payload: null; reply: ArticleCapture | null };
};

/** The messages one side receives: every one with its payload and reply. */
export type Inbox = Record<string, { payload: unknown; reply: unknown }>;

export type Message<P extends Inbox> = { [K in keyof P]: { type: K; payload: P[K]['payload'] } }[keyof P];

/** Where a message came from, as far as the handlers need to know. */
export interface Origin {
  tabId?: number;
  /** The sender's URL as the browser gives it: for a content script, its page's. */
  url?: string;
  /** The sender is one of the extension's own pages (popup, options, card or sidebar frame). */
  extensionPage: boolean;
}

/** A handler for every message of an inbox: a side cannot forget one it can receive. */
export type Handlers<P extends Inbox> = {
  [K in keyof P]: (payload: P[K]['payload'], origin: Origin) => P[K]['reply'] | Promise<P[K]['reply']>;
};

/**
 * A check for every payload of an inbox: it returns the payload as its type, or throws saying
 * what is wrong with it. (The background's are valibot schemas, schemas.ts; the content script's
 * are written out in tab-checks.ts, so that no page pays for loading a schema library.)
 */
export type Checks<P extends Inbox> = { [K in keyof P]: (payload: unknown) => P[K]['payload'] };

/** Whether a value is a message of the inbox the schemas describe (its payload not yet checked). */
export function isMessage<P extends Inbox>(checks: Checks<P>, value: unknown): value is Message<P> {
  if (typeof value !== 'object' || value === null || !('payload' in value)) return false;
  const { type } = value as { type?: unknown };
  return typeof type === 'string' && Object.hasOwn(checks, type);
}

/**
 * Routes a received message to its handler. Returns undefined for messages not of this inbox,
 * so that another listener (or none) answers them; a payload that does not fit its schema is
 * refused before the handler runs.
 */
export function dispatch<P extends Inbox>(checks: Checks<P>, handlers: Handlers<P>, message: unknown, origin: Origin): Promise<unknown> | undefined {
  if (!isMessage(checks, message)) return undefined;
  const type = message.type as keyof P;
  let payload: P[keyof P]['payload'];
  try {
    payload = checks[type](message.payload);
  } catch (err) {
    return Promise.reject(new Error(`malformed ${String(type)}: ${(err as Error).message}`));
  }
  return Promise.resolve(handlers[type](payload, origin));
}
