/** Per-site control: the reader's choice for a site, or the default for new sites. */
import type { Settings } from './schema';

/** Whether Siyaq runs on a site. */
export function isSiteOn(settings: Settings, site: string): boolean {
  if (settings.paused) return false;
  return settings.sites[site] ?? settings.siteDefault === 'arabic';
}

/**
 * Records the reader's choice for a site. A choice equal to the default is stored as no choice,
 * so the options page lists exactly the sites that differ.
 */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const sites = { ...settings.sites };
  if (on === (settings.siteDefault === 'arabic')) delete sites[site];
  else sites[site] = on;
  return { ...settings, sites };
}
