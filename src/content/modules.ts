/**
 * The modules the build writes beside content.js for what only some pages or some moments need
 * (web-accessible, as a content script's imports are fetched for the page): content.js itself,
 * loaded on every page, stays small.
 */
import { runtime } from '../messages/runtime';

/** The card and the sidebar: on the first hover, click or command. */
export const UI_MODULE = 'page-ui.js';
/** Siyaq at work on the page and the article as saved (page-engine.ts): where Siyaq runs. */
export const ENGINE_MODULE = 'page-engine.js';

/** A module of the extension's own, loaded into the content script's world. */
export const load = <T>(file: string): Promise<T> => import(runtime.getURL(file)) as Promise<T>;

export type PageEngine = typeof import('./page-engine');
export const loadEngine = (): Promise<PageEngine> => load<PageEngine>(ENGINE_MODULE);

export type PageUiModule = typeof import('./page-ui');
/** Handed to the engine, so that the extension's modules are all imported from one place. */
export const loadUiModule = (): Promise<PageUiModule> => load<PageUiModule>(UI_MODULE);
