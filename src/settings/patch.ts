/**
 * A change of settings as data, so that every page can ask the background for one and the
 * background alone applies them, one after another, to what is stored at that moment.
 */
import type { MarkMode, Settings, SiteDefault, UiLanguage } from './schema';
import { withSite } from './sites';

export interface SettingsPatch {
  markMode?: MarkMode;
  hoverDelayMs?: number;
  siteDefault?: SiteDefault;
  paused?: boolean;
  uiLanguage?: UiLanguage;
  /** A site turned on or off, or (null) given back to the default. */
  site?: { site: string; on: boolean | null };
}

export function applyPatch(settings: Settings, { site, ...fields }: SettingsPatch): Settings {
  const changed = { ...settings, ...fields };
  return site ? withSite(changed, site.site, site.on) : changed;
}
