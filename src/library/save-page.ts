/**
 * Saving the article of a page, whoever asks (the popup, the sidebar, a keyboard command or the
 * context menu): the page's own article as the content script read it, or the word that there
 * is none, or why the library refused it (a full disk among other things).
 */
import type { ArticleCapture, SaveOutcome } from './types';

export async function saveCapture(capture: ArticleCapture | null, save: (c: ArticleCapture) => Promise<{ updated: boolean }>): Promise<SaveOutcome> {
  if (capture === null) return { status: 'no-article' };
  try {
    return { status: (await save(capture)).updated ? 'updated' : 'saved' };
  } catch (err) {
    return { status: 'failed', why: err instanceof Error ? err.message : String(err) };
  }
}
