/**
 * Issue 15, the background's part, as tables over the pure logic: no payload names the host a
 * site question is about, forged counts never reach the badge, names that are Object.prototype's
 * own are plain names, an import merges onto the current settings within its limits, and writes
 * made at once are each kept.
 */
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../src/background/badge';
import { pageHost } from '../../src/background/site-state';
import { serial } from '../../src/background/serial';
import { INDEX_FORMAT, INDEX_VERSION } from '../../src/index/format';
import { bm25, buildPostings } from '../../src/index/bm25';
import { openIndex } from '../../src/index/query';
import { dispatch, type Handlers, type ToBackground } from '../../src/messages/protocol';
import { TO_BACKGROUND } from '../../src/messages/schemas';
import { applyPatch } from '../../src/settings/patch';
import { DEFAULT_SETTINGS, isSiteKey, parseSettings, type Settings } from '../../src/settings/schema';
import { isSiteOn, withSite } from '../../src/settings/sites';
import { exportSettings, importSettings, MAX_IMPORT_CHARS, MAX_SITES } from '../../src/settings/transfer';
import { htmlToText } from '../../src/text/html-text';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
// A site's name is a hostname, lowercase: these are the members of Object.prototype it can be.
const PROTOTYPE_SITES = ['constructor', '__proto__'];

/** Every message the background receives, each handler recording what reached it. */
function recording(seen: unknown[]): Handlers<ToBackground> {
  return new Proxy({} as Handlers<ToBackground>, { get: () => (payload: unknown) => (seen.push(payload), null) });
}

async function reaches(type: string, payload: unknown): Promise<boolean> {
  const seen: unknown[] = [];
  return dispatch(TO_BACKGROUND, recording(seen), { type, payload }, { extensionPage: false })!.then(
    () => seen.length === 1,
    () => false,
  );
}

describe('the background trusts no payload', () => {
  it.each([
    [null, true],
    [{ tabId: 12 }, true],
    [{ hostname: 'aljazeera.net' }, false],
    [{ tabId: 12, hostname: 'aljazeera.net' }, false],
    [{ tabId: -1 }, false],
    [{ tabId: 1.5 }, false],
    [{ tabId: '12' }, false],
  ])('site/state with %j reaches the handler: %s', async (payload, passes) => {
    expect(await reaches('site/state', payload)).toBe(passes);
  });

  it.each([
    ['http://127.0.0.1:8080/a.html', '127.0.0.1'],
    ['https://www.aljazeera.net/news/x', 'www.aljazeera.net'],
    ['http://[::1]:3000/', '[::1]'],
    ['http://constructor:9/', 'constructor'],
    ['chrome-extension://abc/popup.html', null],
    ['file:///etc/passwd', null],
    ['not a url', null],
    [undefined, null],
  ])('the page %s is on the host %s', (url, host) => {
    expect(pageHost(url)).toBe(host);
  });

  const report = { hostname: 'a.example', arabic: true, active: true };
  it.each([
    ['a string', 'PWND', false],
    ['a huge count', 1e300, false],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER, false],
    ['a negative count', -5, false],
    ['NaN', Number.NaN, false],
    ['Infinity', Number.POSITIVE_INFINITY, false],
    ['a fraction', 2.5, false],
    ['a count a page can have', 42, true],
  ])('a page report with %s as its count reaches the badge: %s', async (_, entities, passes) => {
    expect(await reaches('page/report', { ...report, entities })).toBe(passes);
  });

  it.each([
    [0, ''],
    [7, '7'],
    [999, '999'],
    [1000, '999+'],
  ])('the badge for %i entities reads %j', (entities, text) => {
    expect(badgeText({ ...report, entities })).toBe(text);
  });

  it('refuses a search past the cap before anything reads it', async () => {
    expect(await reaches('corpus/search', { text: 'غزة '.repeat(2_500_000) })).toBe(false);
  });
});

describe('names that are Object.prototype’s', () => {
  it.each(PROTOTYPE_SITES)('a site named %s is off once switched off, on once switched on, and stays so when stored', (site) => {
    const base = parseSettings({});
    expect(isSiteOn(base, site)).toBe(true);
    const off = withSite(base, site, false);
    expect(isSiteOn(off, site)).toBe(false);
    const stored = parseSettings(JSON.parse(JSON.stringify(off)));
    expect(isSiteOn(stored, site)).toBe(false);
    expect(Object.keys(stored.sites)).toEqual([site]);
    const on = withSite(stored, site, true);
    expect(isSiteOn(on, site)).toBe(true);
    expect(Object.keys(on.sites)).toEqual([]);
    // A listed-only default: the reader turns the site on.
    const listed = withSite(parseSettings({ siteDefault: 'listed' }), site, true);
    expect(isSiteOn(parseSettings(JSON.parse(JSON.stringify(listed))), site)).toBe(true);
  });

  const index = JSON.parse(
    JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, articles: [], sentences: [], entities: [], postings: { غزة: [0, 1] }, lengths: [1] }),
  );
  it.each([...PROTOTYPE_NAMES, 'CONSTRUCTOR'])('a search for %s finds nothing, and does not throw', (text) => {
    expect(openIndex(index).search(text)).toEqual({ entities: [], passages: [] });
    expect(bm25(JSON.parse(JSON.stringify(buildPostings([['غزة']])))).score([text.toLowerCase()])).toEqual([]);
  });

  it.each(PROTOTYPE_NAMES.map((n) => n.replace(/_/g, '')))('the character reference &%s; is left as written', (name) => {
    expect(htmlToText(`<p>a &${name}; b</p>`)).toBe(`a &${name}; b`);
  });
});

describe('site names', () => {
  it.each(['aljazeera.net', 'localhost', 'intranet', 'news-desk', '127.0.0.1', '10.0.0.12', '[::1]', '[2001:db8::1]', 'xn--mgbh0fb.xn--kgbechtv', 'constructor'])(
    '%s is a site',
    (site) => {
      expect(isSiteKey(site)).toBe(true);
      expect(parseSettings({ sites: { [site]: false } }).sites).toEqual({ [site]: false });
    },
  );

  it.each(['', 'bad domain', 'UPPER.case', '-', 'a'.repeat(254), '[nothex]', 'a..b', 'http://x', 'a/b'])('%j is no site', (site) => {
    expect(isSiteKey(site)).toBe(false);
  });
});

describe('import merges onto the current settings', () => {
  const current: Settings = parseSettings({ markMode: 'every', hoverDelayMs: 800, siteDefault: 'listed', sites: { 'aljazeera.net': true }, paused: true, uiLanguage: 'en' });
  const file = (fields: object) => JSON.stringify({ format: 'siyaq-settings', ...fields });

  it.each([
    ['a partial file changes what it holds, nothing else', { uiLanguage: 'ar' }, { ...current, uiLanguage: 'ar' }, []],
    ['a wrong-typed field keeps its current value, and is named', { hoverDelayMs: 'slow', markMode: 'first' }, { ...current, markMode: 'first' }, ['hoverDelayMs']],
    ['a field of no known value keeps its current value', { siteDefault: 'never' }, current, ['siteDefault']],
    ['a file of sites takes its sites', { sites: { 'localhost': false } }, { ...current, sites: { localhost: false } }, []],
    ['sites that are no list keep the current ones', { sites: 'all' }, current, ['sites']],
    ['an empty file changes nothing', {}, current, []],
  ])('%s', (_, fields, settings, rejected) => {
    expect(importSettings(file(fields), current)).toEqual({ ok: true, settings, rejected });
  });

  it('round-trips an export onto any settings', () => {
    expect(importSettings(exportSettings(current), parseSettings({}))).toEqual({ ok: true, settings: current, rejected: [] });
  });

  it.each([
    ['a file past the size limit', 'x'.repeat(MAX_IMPORT_CHARS + 1), 'size'],
    ['a file past the size limit that is valid JSON', file({ uiLanguage: 'ar', pad: ' '.repeat(MAX_IMPORT_CHARS) }), 'size'],
    ['more sites than the limit', file({ sites: Object.fromEntries(Array.from({ length: MAX_SITES + 1 }, (_, i) => [`s${i}.example`, false])) }), 'sites'],
    ['no JSON', '{not json', 'format'],
    ['a list', '[1, 2]', 'format'],
    ['another format', file({ format: 'other' }), 'format'],
  ])('refuses %s, and says why', (_, text, reason) => {
    expect(importSettings(text, current)).toMatchObject({ ok: false, reason });
  });

  it('takes a file of the most sites allowed', () => {
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES }, (_, i) => [`s${i}.example`, false]));
    expect(importSettings(file({ sites }), current)).toMatchObject({ ok: true, settings: { sites } });
  });
});

describe('settings changes', () => {
  const base = parseSettings({ sites: { 'a.example': false } });
  it.each([
    ['turns a site off', { site: { site: 'b.example', on: false } }, { sites: { 'a.example': false, 'b.example': false } }],
    ['turns a site on, back to the default', { site: { site: 'a.example', on: true } }, { sites: {} }],
    ['forgets a site', { site: { site: 'a.example', on: null } }, { sites: {} }],
    ['pauses', { paused: true }, { paused: true }],
    ['sets several fields', { markMode: 'every', hoverDelayMs: 500, uiLanguage: 'ar', siteDefault: 'listed' }, { markMode: 'every', hoverDelayMs: 500, uiLanguage: 'ar', siteDefault: 'listed' }],
  ] as const)('%s', (_, patch, changed) => {
    expect(applyPatch(base, patch)).toEqual({ ...base, ...changed });
  });

  it.each([
    ['a site of no site name', { site: { site: 'not a site', on: false } }],
    ['a delay that is no number', { hoverDelayMs: 'slow' }],
    ['an unknown field', { sites: {} }],
    ['a site whose choice is no choice', { site: { site: 'a.example', on: 'off' } }],
  ])('refuses %s from a page', async (_, patch) => {
    expect(await reaches('settings/change', patch)).toBe(false);
  });

  it('keeps each of many changes made at once to a store read and written asynchronously', async () => {
    let stored: Settings = { ...DEFAULT_SETTINGS, sites: {} };
    const tick = () => new Promise((r) => setTimeout(r, Math.random() * 5));
    const inTurn = serial();
    const write = (site: string) =>
      inTurn(async () => {
        const read = stored;
        await tick();
        stored = withSite(read, site, false);
      });
    await Promise.all(Array.from({ length: 10 }, (_, i) => write(`s${i}.example`)));
    expect(Object.keys(stored.sites)).toHaveLength(10);
  });

  it('goes on after a change that failed', async () => {
    const inTurn = serial();
    const failed = inTurn(async () => {
      throw new Error('quota');
    });
    await expect(failed).rejects.toThrow('quota');
    expect(await inTurn(async () => 'next')).toBe('next');
  });
});
