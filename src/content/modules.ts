/**
 * The modules the build writes beside content.js for what only some pages or some moments need
 * (web-accessible, as a content script's imports are fetched for the page): content.js itself,
 * loaded on every page, stays small.
 */
import { runtime } from '../messages/runtime';

/** The card and the sidebar: on the first hover, click or command. */
export const UI_MODULE = 'page-ui.js';
/** The reader's own actors' matcher: where they have any. */
export const ACTOR_MODULE = 'actor-matcher.js';
/** The page's date and its article as saved: where Siyaq runs, fetched beside its data. */
export const FACTS_MODULE = 'page-facts.js';

/** A module of the extension's own, loaded into the content script's world. */
export const load = <T>(file: string): Promise<T> => import(runtime.getURL(file)) as Promise<T>;

export type PageFacts = typeof import('./page-facts');
export const loadFacts = (): Promise<PageFacts> => load<PageFacts>(FACTS_MODULE);
