import type { EntityRef } from '../../match/catalogue-types';
import type { SaveOutcome, UserActor } from '../../library/types';
import type { EntityType } from '../../match/catalogue-types';
import type { PageDate } from '../frame/frame-calls';
import type { EntityDossier, SearchResults } from '../../messages/protocol';

/** An entity the page mentions, with how often. */
export type PageEntity = EntityRef & { count: number };

/** One mention on the page, with a little of the text around it to tell them apart. */
export interface PageMentionSnippet {
  before: string;
  text: string;
  after: string;
}

/** An entity's first mentions on the page, and how many it has in all. */
export interface PageMentions {
  shown: PageMentionSnippet[];
  total: number;
}

/** What the sidebar asks of the background (the corpus) and of the content script (the page). */
export interface SidebarApi {
  dossier(id: string): Promise<EntityDossier | null>;
  search(text: string): Promise<SearchResults>;
  /** The entities on the page, as the content script last reported them. */
  pageEntities(): PageEntity[];
  /** The date the page's roles are read on, and what happened since is counted from. */
  page: PageDate;
  /** Grows each time the page's mentions change, so views of them know to ask again. */
  pageVersion: number;
  pageMentions(id: string): Promise<PageMentions>;
  /** Scrolls the page to the entity's n-th mention and flashes it. */
  jump(id: string, index: number): void;
  /** Saves the page's article in the reader's library. */
  save(): Promise<SaveOutcome>;
  /** Adds an actor of the reader's own; rejects saying why it cannot. */
  addActor(actor: { type: EntityType; ar: string; en: string | null }): Promise<UserActor>;
  close(): void;
}
