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

// A registrable domain as stored: lowercase labels, at least one dot.
const DOMAIN = /^(?=.{3,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{1,63}$/;

/** Each field with the default it falls back to, alone, when what is stored does not fit. */
const SETTINGS_SCHEMA = v.object({
  markMode: v.fallback(v.picklist(['first', 'every']), DEFAULT_SETTINGS.markMode),
  hoverDelayMs: v.fallback(
    v.pipe(v.number(), v.finite(), v.transform((ms) => Math.round(Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, ms))))),
    DEFAULT_SETTINGS.hoverDelayMs,
  ),
  siteDefault: v.fallback(v.picklist(['arabic', 'listed']), DEFAULT_SETTINGS.siteDefault),
  // A site that is not a domain, or a choice that is not on or off, is dropped alone.
  sites: v.fallback(
    v.pipe(
      v.record(v.string(), v.unknown()),
      v.transform((sites) => Object.fromEntries(Object.entries(sites).filter(([domain, on]) => DOMAIN.test(domain) && typeof on === 'boolean')) as Record<string, boolean>),
    ),
    () => ({}),
  ),
  paused: v.fallback(v.boolean(), DEFAULT_SETTINGS.paused),
  uiLanguage: v.fallback(v.picklist(['auto', 'ar', 'en']), DEFAULT_SETTINGS.uiLanguage),
});

export interface ReadSettings {
  settings: Settings;
  /** Top-level fields of what was stored that did not fit and fell back to their defaults. */
  rejected: string[];
}

/** Reads stored (or imported) settings of any version; never throws. */
export function readSettings(raw: unknown): ReadSettings {
  const stored = isRecord(raw) ? migrate(raw) : {};
  const settings: Settings = { version: SETTINGS_VERSION, ...v.parse(SETTINGS_SCHEMA, stored) };
  const kept = settings as unknown as Stored;
  const rejected = isRecord(raw)
    ? Object.keys(stored).filter((key) => key !== 'version' && JSON.stringify(stored[key]) !== JSON.stringify(kept[key]))
    : raw === undefined ? [] : ['settings'];
  return { settings, rejected };
}

export function parseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}
