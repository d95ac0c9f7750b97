import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, migrate, parseSettings, readSettings } from '../../src/settings/schema';
import { siteOf } from '../../src/settings/site-key';
import { isSiteOn, withSite } from '../../src/settings/sites';
import { exportSettings, importSettings } from '../../src/settings/transfer';

describe('settings schema', () => {
  it('gives the defaults for nothing stored, and for values that are not objects', () => {
    for (const raw of [undefined, null, 'text', 42, [], true]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every field that fits and replaces each one that does not', () => {
    const parsed = parseSettings({
      markMode: 'every',
      hoverDelayMs: 'slow',
      sites: { 'aljazeera.net': false, 'bad domain': true, 'alarabiya.net': 'yes', 'bbc.co.uk': true },
      paused: 1,
      siteDefault: 'listed',
      uiLanguage: 'fr',
    });
    expect(parsed).toEqual({
      version: 1,
      markMode: 'every',
      hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs,
      sites: { 'aljazeera.net': false, 'bbc.co.uk': true },
      paused: false,
      siteDefault: 'listed',
      uiLanguage: 'auto',
    });
  });

  it('clamps the hover delay into its range', () => {
    expect(parseSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(100);
    expect(parseSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(350);
  });

  it('names the fields that did not fit', () => {
    const rejected = (raw: unknown) => readSettings(raw).rejected;
    expect(rejected(undefined)).toEqual([]);
    expect(rejected('junk')).toEqual(['settings']);
    expect(rejected({ markMode: 'every', paused: 3, sites: { 'a.com': 'x' } }).sort()).toEqual(['paused', 'sites']);
    expect(rejected(parseSettings({ markMode: 'every' }))).toEqual([]);
  });

  it('reads what it writes', () => {
    const s = parseSettings({ markMode: 'every', sites: { 'aljazeera.net': false } });
    expect(parseSettings(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
});

describe('settings versions', () => {
  it('has one migration for each version before this one', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  it('reads settings stored before they carried a version', () => {
    expect(readSettings({ markMode: 'every', sites: { 'aljazeera.net': false } })).toEqual({
      settings: { ...DEFAULT_SETTINGS, markMode: 'every', sites: { 'aljazeera.net': false } },
      rejected: [],
    });
  });

  it('runs the migrations in order from the stored version, and none from the current one', () => {
    const chain = [
      (s: Record<string, unknown>) => ({ ...s, version: 1, steps: [...(s.steps as string[]), '0→1'] }),
      (s: Record<string, unknown>) => ({ ...s, version: 2, steps: [...(s.steps as string[]), '1→2'] }),
    ];
    expect(migrate({ steps: [] }, chain)).toEqual({ version: 2, steps: ['0→1', '1→2'] });
    expect(migrate({ version: 1, steps: [] }, chain)).toEqual({ version: 2, steps: ['1→2'] });
    expect(migrate({ version: 2, steps: [] }, chain)).toEqual({ version: 2, steps: [] });
  });

  it('keeps what fits, field by field, from a future or corrupt version', () => {
    for (const version of [SETTINGS_VERSION + 1, -1, 1.5, 'one', null]) {
      expect(readSettings({ version, markMode: 'every', hoverDelayMs: { ms: 500 }, sitesV9: [] })).toEqual({
        settings: { ...DEFAULT_SETTINGS, markMode: 'every' },
        rejected: ['hoverDelayMs', 'sitesV9'],
      });
    }
  });
});

describe('sites', () => {
  it.each([
    ['www.aljazeera.net', 'aljazeera.net'],
    ['aljazeera.net', 'aljazeera.net'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['WWW.Alarabiya.NET.', 'alarabiya.net'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s is the site %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  it('follows the reader’s choice, then the default for new sites, and the pause above both', () => {
    const s = withSite(parseSettings({}), 'aljazeera.net', false);
    expect(isSiteOn(s, 'aljazeera.net')).toBe(false);
    expect(isSiteOn(s, 'alarabiya.net')).toBe(true);
    expect(isSiteOn({ ...s, paused: true }, 'alarabiya.net')).toBe(false);
    const listed = parseSettings({ siteDefault: 'listed' });
    expect(isSiteOn(listed, 'alarabiya.net')).toBe(false);
    expect(isSiteOn(withSite(listed, 'alarabiya.net', true), 'alarabiya.net')).toBe(true);
  });

  it('stores only choices that differ from the default', () => {
    const off = withSite(parseSettings({}), 'aljazeera.net', false);
    expect(off.sites).toEqual({ 'aljazeera.net': false });
    expect(withSite(off, 'aljazeera.net', true).sites).toEqual({});
  });
});

describe('import and export', () => {
  it('round-trips', () => {
    const s = parseSettings({ markMode: 'every', hoverDelayMs: 500, sites: { 'aljazeera.net': false } });
    expect(importSettings(exportSettings(s), DEFAULT_SETTINGS)).toEqual({ ok: true, settings: s, rejected: [] });
  });

  it('imports what fits from a hand-edited file and names the rest', () => {
    const result = importSettings('{"markMode": "every", "hoverDelayMs": "fast"}', DEFAULT_SETTINGS);
    expect(result).toMatchObject({ ok: true, rejected: ['hoverDelayMs'] });
  });

  it('imports a file exported by version 1 into the current version', () => {
    const exported = `{
  "format": "siyaq-settings",
  "version": 1,
  "markMode": "every",
  "hoverDelayMs": 600,
  "siteDefault": "listed",
  "sites": {
    "aljazeera.net": true,
    "alarabiya.net": false
  },
  "paused": false,
  "uiLanguage": "ar"
}
`;
    expect(importSettings(exported, DEFAULT_SETTINGS)).toEqual({
      ok: true,
      settings: {
        version: SETTINGS_VERSION,
        markMode: 'every',
        hoverDelayMs: 600,
        siteDefault: 'listed',
        sites: { 'aljazeera.net': true, 'alarabiya.net': false },
        paused: false,
        uiLanguage: 'ar',
      },
      rejected: [],
    });
  });

  it('refuses what is not a settings file', () => {
    expect(importSettings('{not json', DEFAULT_SETTINGS)).toMatchObject({ ok: false, reason: 'format' });
    expect(importSettings('[1,2]', DEFAULT_SETTINGS)).toEqual({ ok: false, reason: 'format', detail: 'not a settings object' });
    expect(importSettings('{"format": "something-else"}', DEFAULT_SETTINGS)).toMatchObject({ ok: false, reason: 'format' });
  });
});
