import { runtime } from '../messages/runtime';

/**
 * An update or removal of the extension orphans the content scripts of pages already open: the
 * browser no longer loads the old extension's frames for them, and nothing they send is answered.
 */
export function extensionGone(): boolean {
  try {
    return !runtime.id;
  } catch {
    return true;
  }
}
