/**
 * What crosses between the content script (the host) and Siyaq's two extension frames, by
 * direction. The frames ask the background for corpus answers themselves; the host is asked only
 * for what lives in the page: its mentions, and where they are.
 */
import type { EntityRef } from '../../match/catalogue-types';
import type { ArticleCapture } from '../../library/types';
import type { PageEntity, PageMentions } from '../sidebar/api';
import type { SidebarRoute } from '../sidebar/history';

export type FrameLanguage = 'ar' | 'en';

/** The date the page's roles are read on: its publication date, or today where it gives none. */
export interface PageDate {
  date: string;
  source: 'meta' | 'json-ld' | 'time' | 'dateline' | 'today';
}

/** Sent with the port when the host connects a frame. */
export interface FrameHello {
  /** The one-time secret the frame learnt from the background: proof the host is Siyaq. */
  siyaqFrame: string;
  uiLanguage: FrameLanguage;
}

/** Times are epoch milliseconds (timeOrigin + now), comparable across the page and the frame. */
export interface CardShow {
  entity: EntityRef;
  /** The name as the page wrote it. */
  written: string;
  page: PageDate;
  since: number;
}

export type HostToCard = {
  /** The pointer rests on a mark: fetch its summary and lay the card out, unseen, meanwhile. */
  'card/prefetch': { arg: Omit<CardShow, 'since'>; reply: null };
  /** Draws the card; replies with the size it needs. */
  'card/show': { arg: CardShow; reply: CardSize };
  'card/hide': { arg: null; reply: null };
  'frame/language': { arg: { uiLanguage: FrameLanguage }; reply: null };
};

export interface CardSize {
  width: number;
  height: number;
}

export type CardToHost = {
  /** The card's content changed size (the summary arrived). */
  'card/resized': { arg: CardSize; reply: null };
  'card/pointer': { arg: { inside: boolean }; reply: null };
  'card/open-sidebar': { arg: { id: string; since: number }; reply: null };
  'card/close': { arg: null; reply: null };
};

export type HostToSidebar = {
  /** Shows the sidebar, on a route or where the reader left it. */
  'sidebar/show': { arg: { route: SidebarRoute | null; page: PageDate; since: number }; reply: null };
  /** The page's mentions changed. */
  'page/changed': { arg: { entities: PageEntity[] }; reply: null };
  'frame/language': { arg: { uiLanguage: FrameLanguage }; reply: null };
};

export type SidebarToHost = {
  /** The page's article as saving reads it (the frame, an extension page, saves it). */
  'page/article': { arg: null; reply: ArticleCapture | null };
  'page/mentions': { arg: { id: string }; reply: PageMentions };
  'page/jump': { arg: { id: string; index: number }; reply: null };
  'sidebar/close': { arg: null; reply: null };
  'sidebar/width': { arg: { px: number }; reply: null };
};

/** Epoch milliseconds on the high-resolution clock, the same in every document of the browser. */
export const epochNow = (): number => performance.timeOrigin + performance.now();
