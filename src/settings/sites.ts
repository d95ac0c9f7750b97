/**
 * Per-site control: the reader's choice for a site, or the default for new sites. A site's name
 * is the page's data, so it is looked up as an own entry only: a host named `constructor` or
 * `__proto__` is a site like any other, not a member of Object.prototype.
 */
import type { Settings } from './schema';

/** The reader's own choice for a site, or null where they made none. */
function choiceFor(settings: Settings, site: string): boolean | null {
  return Object.hasOwn(settings.sites, site) ? settings.sites[site]! : null;
}

/** Whether Siyaq runs on a site. */
export function isSiteOn(settings: Settings, site: string): boolean {
  if (settings.paused) return false;
  return choiceFor(settings, site) ?? settings.siteDefault === 'arabic';
}

/**
 * Records the reader's choice for a site, or forgets it (null). A choice equal to the default is
 * stored as no choice, so the options page lists exactly the sites that differ.
 */
export function withSite(settings: Settings, site: string, on: boolean | null): Settings {
  const others = Object.entries(settings.sites).filter(([other]) => other !== site);
  const kept = on === null || on === (settings.siteDefault === 'arabic') ? [] : [[site, on] as const];
  return { ...settings, sites: Object.fromEntries([...others, ...kept]) };
}
