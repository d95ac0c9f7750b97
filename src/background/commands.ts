/** Keyboard commands: each acts on the active tab through the typed protocol. */
import browser from 'webextension-polyfill';
import { sendToTab } from '../messages/transport';

export async function runCommand(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  if (command === 'toggle-sidebar') {
    // A tab without Siyaq (a browser page, an English site) has no one to answer.
    await sendToTab(tab.id, 'sidebar/toggle', {}).catch(() => undefined);
  }
}
