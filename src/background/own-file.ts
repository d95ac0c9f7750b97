/** One of the extension's own packaged files, fetched by the background; a missing one is an error naming it. */
import browser from 'webextension-polyfill';

export async function ownFile(path: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}
