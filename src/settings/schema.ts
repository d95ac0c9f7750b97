/**
 * Siyaq's settings: their schema, defaults, and how stored data that does not fit (corrupt,
 * from an older version, edited by hand) is read: older versions are brought up to this one by
 * the migrations in order, then each field that fits is kept and each that does not falls back
 * to its default, so one bad value never costs the rest.
 */
import * as v from 'valibot';

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

type Stored = Record<string, unknown>;
/** Turns stored settings of one version into the next. */
export type Migration = (older: Stored) => Stored;

/** `MIGRATIONS[n]` turns version n into n + 1; so there is one per version before this one. */
export const MIGRATIONS: readonly Migration[] = [
  // Version 0, settings stored without a version, had the fields of version 1.
  (older) => older,
];

/**
 * Stored settings brought up to this version. A version from the future, or one that is not a
 * version at all, is read as it is: its fields that fit this version are kept, field by field.
 */
export function migrate(stored: Stored, migrations: readonly Migration[] = MIGRATIONS): Stored {
  const from = stored.version === undefined ? 0 : stored.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0 || from >= migrations.length) return stored;
  return migrations.slice(from).reduce((older, step) => step(older), stored);
}

// A site as stored: a registrable domain, or a host that has none (lowercase labels, dots
// optional: localhost and intranet names), an IPv4 address, or a bracketed IPv6 one, as a
// URL's hostname writes them.
const SITE = /^(?=.{1,253}$)(?:[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*|\[[0-9a-f:.]{2,45}\])$/;

export const isSiteKey = (site: string): boolean => SITE.test(site) && /[a-z0-9]/.test(site);

/** Each field's schema: what is stored there must fit it, or the field falls back alone. */
const FIELDS = {
  markMode: v.picklist(['first', 'every']),
  hoverDelayMs: v.pipe(v.number(), v.finite(), v.transform((ms) => Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, ms))))),
  siteDefault: v.picklist(['arabic', 'listed']),
  // A site that is not a site name, or a choice that is not on or off, is dropped alone. Built
  // with fromEntries, so that a site named like an Object.prototype member is an entry like any.
  sites: v.pipe(
    v.custom<Record<string, unknown>>(isRecord),
    v.transform((sites) => Object.fromEntries(Object.entries(sites).filter(([site, on]) => isSiteKey(site) && typeof on === 'boolean')) as Record<string, boolean>),
  ),
  paused: v.boolean(),
  uiLanguage: v.picklist(['auto', 'ar', 'en']),
} satisfies { [K in Exclude<keyof Settings, 'version'>]: v.GenericSchema<unknown, Settings[K]> };

export interface ReadSettings {
  settings: Settings;
  /** Top-level fields of what was stored that did not fit and kept the value they fell back to. */
  rejected: string[];
}

/**
 * Reads stored (or imported) settings of any version; never throws. A field missing, or one that
 * does not fit, keeps its value in `base`: the defaults for what is stored, the current settings
 * for an import.
 */
export function readSettings(raw: unknown, base: Readonly<Settings> = DEFAULT_SETTINGS): ReadSettings {
  const stored = isRecord(raw) ? migrate(raw) : {};
  const settings: Settings = { ...base, sites: { ...base.sites }, version: SETTINGS_VERSION };
  const out = settings as unknown as Stored;
  for (const [key, schema] of Object.entries(FIELDS)) {
    if (!Object.hasOwn(stored, key)) continue;
    const read = v.safeParse(schema, stored[key]);
    if (read.success) out[key] = read.output;
  }
  const rejected = isRecord(raw)
    ? Object.keys(stored).filter((key) => key !== 'version' && JSON.stringify(stored[key]) !== JSON.stringify(out[key]))
    : raw === undefined ? [] : ['settings'];
  return { settings, rejected };
}

export function parseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}
