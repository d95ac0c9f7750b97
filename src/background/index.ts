/** The background (service worker in Chromium, event page in Firefox): answers the typed protocol. */
import browser from 'webextension-polyfill';
import { listen } from '../messages/transport';
import { badgeText } from './badge';
import { corpus } from './corpus';
import { runCommand } from './commands';

listen({
  'page/report': async (status, origin) => {
    if (origin.tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId: origin.tabId, text: badgeText(status) });
    return null;
  },
  'entity/summary': async ({ id }) => {
    const summary = (await corpus()).summary(id);
    if (!summary) throw new Error(`unknown entity ${id}`);
    return summary;
  },
  'entity/background': async ({ id }) => (await corpus()).background(id),
  'corpus/search': async ({ text }) => (await corpus()).search(text),
});

browser.commands.onCommand.addListener((command) => void runCommand(command));
