/**
 * The reader's library: articles saved from pages read, and actors the reader added. The bundled
 * seed corpus and the library are the same kind of thing, packs of articles; a pack file is how
 * a library travels (a newsroom shares one).
 */
import type { EntityType } from '../match/catalogue-types';

/** An article as the content script reads it off the page (the same article finding as marking). */
export interface ArticleCapture {
  /** The page's URL, without its fragment: saving the same URL again updates. */
  url: string;
  title: string;
  /** og:site_name, else the host. */
  outlet: string;
  /** YYYY-MM-DD: the page's publication date, else the day it was saved. */
  date: string;
  dateSource: 'meta' | 'json-ld' | 'time' | 'dateline' | 'today';
  /** The article's clean text, paragraphs separated by blank lines. */
  text: string;
}

export interface SavedArticle extends ArticleCapture {
  /** Stable id derived from the URL. */
  id: string;
  /** When it was first saved, and last updated (ISO timestamps). */
  savedAt: string;
  updatedAt: string;
}

/** What the options page lists of a saved article. */
export interface SavedArticleSummary {
  id: string;
  url: string;
  title: string;
  outlet: string;
  date: string;
  savedAt: string;
  chars: number;
}

/** An actor the reader added: its forms come from the same engine rules as the catalogue's. */
export interface UserActor {
  /** `user-` and a slug of the Arabic name. */
  id: string;
  type: EntityType;
  ar: string;
  en: string | null;
  addedAt: string;
}

/** A library as a file: every record checked on import, nothing lost on a bad one. */
export interface LibraryPack {
  format: 'siyaq-library';
  version: 1;
  exportedAt: string;
  articles: SavedArticle[];
  actors: UserActor[];
}

export interface ImportReport {
  articles: { added: number; updated: number };
  actors: { added: number; updated: number };
  /** Each record left out, with why: `articles[12]: date must be YYYY-MM-DD`. */
  skipped: string[];
}

/** What saving the page's article came to, as the popup, the sidebar and the badge say it. */
export type SaveOutcome = { status: 'saved' | 'updated' | 'no-article' } | { status: 'failed'; why: string };
