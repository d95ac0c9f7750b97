/** The background (service worker in Chromium, event page in Firefox): answers the typed protocol. */
import browser from 'webextension-polyfill';
import { listen } from '../messages/transport';
import { badgeText } from './badge';

listen({
  'page/report': async (status, origin) => {
    if (origin.tabId === undefined) return null;
    await browser.action.setBadgeText({ tabId: origin.tabId, text: badgeText(status) });
    return null;
  },
});
