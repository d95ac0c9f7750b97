/**
 * Siyaq's settings: their schema, defaults, and how stored data that does not fit (corrupt,
 * from an older version, edited by hand) is read: each field that fits is kept, each that does
 * not falls back to its default, so one bad value never costs the rest.
 */
export const SETTINGS_VERSION = 1;

export type MarkMode = 'first' | 'every';
export type SiteDefault = 'arabic' | 'listed';
export type UiLanguage = 'auto' | 'ar' | 'en';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Mark the first mention of each entity, or every mention. */
  markMode: MarkMode;
  /** How long the pointer rests on a mark before its card shows. */
  hoverDelayMs: number;
  /** On for every Arabic page, or only on sites the reader listed. */
  siteDefault: SiteDefault;
  /** Registrable domain → on (true) or off (false), where the reader chose. */
  sites: Record<string, boolean>;
  /** Off everywhere until resumed. */
  paused: boolean;
  /** The language of Siyaq's own UI; `auto` follows the browser. */
  uiLanguage: UiLanguage;
}

export const HOVER_DELAY_RANGE = { min: 100, max: 2000 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  markMode: 'first',
  hoverDelayMs: 350,
  siteDefault: 'arabic',
  sites: {},
  paused: false,
  uiLanguage: 'auto',
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// A registrable domain as stored: lowercase labels, at least one dot.
const DOMAIN = /^(?=.{3,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{1,63}$/;

export function parseSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const sites: Record<string, boolean> = {};
  if (isRecord(r.sites)) {
    for (const [domain, on] of Object.entries(r.sites)) {
      if (DOMAIN.test(domain) && typeof on === 'boolean') sites[domain] = on;
    }
  }
  const delay = r.hoverDelayMs;
  return {
    version: SETTINGS_VERSION,
    markMode: r.markMode === 'every' || r.markMode === 'first' ? r.markMode : DEFAULT_SETTINGS.markMode,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    siteDefault: r.siteDefault === 'listed' || r.siteDefault === 'arabic' ? r.siteDefault : DEFAULT_SETTINGS.siteDefault,
    sites,
    paused: typeof r.paused === 'boolean' ? r.paused : DEFAULT_SETTINGS.paused,
    uiLanguage: r.uiLanguage === 'ar' || r.uiLanguage === 'en' || r.uiLanguage === 'auto' ? r.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
  };
}

/** Which top-level fields of stored data did not fit and fell back to their defaults. */
export function rejectedFields(raw: unknown): string[] {
  if (!isRecord(raw)) return raw === undefined ? [] : ['settings'];
  const parsed = parseSettings(raw) as unknown as Record<string, unknown>;
  return Object.keys(raw).filter((key) => key !== 'version' && JSON.stringify(raw[key]) !== JSON.stringify(parsed[key]));
}
