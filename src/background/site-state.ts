/** The background's answer to "is Siyaq on here?", from the stored settings. */
import type { UserActor } from '../library/types';
import type { SiteState } from '../messages/protocol';
import type { Settings } from '../settings/schema';
import { siteOf } from '../settings/site-key';
import { isSiteOn } from '../settings/sites';

/** Whether Siyaq is on for the page's site. */
export const isOnFor = (settings: Settings, hostname: string): boolean => isSiteOn(settings, siteOf(hostname));

export function siteState(settings: Settings, hostname: string, actors: UserActor[]): SiteState {
  const site = siteOf(hostname);
  return {
    site,
    on: isSiteOn(settings, site),
    paused: settings.paused,
    markMode: settings.markMode,
    hoverDelayMs: settings.hoverDelayMs,
    uiLanguage: settings.uiLanguage,
    actors,
  };
}

/**
 * The host of the page a content script runs in, from the sender URL the browser gives (never
 * from what the message says); null for anything but a web page.
 */
export function pageHost(url: string | undefined): string | null {
  if (url === undefined || !URL.canParse(url)) return null;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '' ? hostname : null;
}
