/**
 * The site's state as the document_start script asked for it, handed to the content script: both
 * run in the extension's one isolated world on the page, so the page asks the background once,
 * not twice. The page's own scripts cannot see this world's globals.
 */
const KEY = 'siyaqEarlySiteState';
const world = globalThis as { [KEY]?: Promise<unknown> };

/** early-styles: keeps its question for the content script. */
export function keepEarlyAnswer(answer: Promise<unknown>): void {
  world[KEY] = answer;
}

/** The content script: the early answer, once, or null where there was none. */
export function takeEarlyAnswer(): Promise<unknown> | null {
  const answer = world[KEY] ?? null;
  delete world[KEY];
  return answer;
}
