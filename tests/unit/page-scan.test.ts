/**
 * The background's page scans: what a content script gets back for its page's text is what the
 * page matcher finds in it, packed as numbers, with the reader's actors read again after a change.
 */
import { describe, expect, it } from 'vitest';
import { pageScans } from '../../src/background/page-scan';
import type { UserActor } from '../../src/library/types';
import { FORM_KINDS } from '../../src/match/catalogue-types';
import { buildContentData } from '../../src/match/data-build';
import { pageMatcher } from '../../src/match/page-matcher';
import { MAX_SCAN_CHARS, type PageFound } from '../../src/messages/protocol';
import { TO_BACKGROUND } from '../../src/messages/schemas';
import { seedEngine } from './engine-fixtures';
import { seedTexts } from '../../bench/lib/seeds';

const engine = seedEngine();
const bytes = buildContentData(engine.catalogue, engine.offices);
const data = (): Promise<ArrayBuffer> => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);

/** The mentions a reply names, as "text=id/form" per text. */
const unpacked = (texts: readonly string[], reply: PageFound): string[][] =>
  reply.found.map((numbers, t) => {
    const out: string[] = [];
    for (let i = 0; i < numbers.length; i += 4) {
      out.push(`${texts[t]!.slice(numbers[i], numbers[i + 1])}=${reply.entities[numbers[i + 2]!]!.id}/${FORM_KINDS[numbers[i + 3]!]}`);
    }
    return out;
  });

const actor = (ar: string): UserActor => ({ id: 'user-x', type: 'person', ar, en: null, addedAt: '2025-01-01T00:00:00Z' });

describe('page scans in the background', () => {
  it('answers every seed paragraph with what the page matcher finds in it, on the date asked', async () => {
    const scans = pageScans(data, async () => []);
    const texts = seedTexts(resolve())
      .flatMap((t) => t.split('\n'))
      .filter((l) => l.trim() !== '');
    const date = '2024-07-08';
    const local = pageMatcher(engine.plain, engine.derived, { date, offices: engine.offices, rules: engine.rules, people: engine.people });
    const reply = await scans.scan('page', texts, date);
    const expected = texts.map((t) => local.scan(t).map((m) => `${m.text}=${m.id}/${m.form}`));
    expect(expected.flat().length).toBeGreaterThan(400);
    expect(unpacked(texts, reply)).toEqual(expected);
    // Each entity named once, with its name and type for the card.
    expect(new Set(reply.entities.map((e) => e.id)).size).toBe(reply.entities.length);
    expect(reply.entities.find((e) => e.id === 'netanyahu')).toMatchObject({ type: 'person', ar: 'بنيامين نتنياهو' });
  });

  it('resolves anaphors in each reading’s own order, never across readings', async () => {
    const scans = pageScans(data, async () => []);
    const ids = async (page: string, text: string) => (await scans.scan(page, [text], '2024-06-01')).entities.map((e) => e.id);
    expect(await ids('a', 'وقالت حركة حماس إنها تدرس المقترح.')).toEqual(['hamas']);
    // Another page, or another tab's, has not named Hamas: its «الحركة» is no one.
    expect(await ids('b', 'وأضافت الحركة أن الرد قريب.')).toEqual([]);
    // The page that has goes on to say it.
    expect(await ids('a', 'وأضافت الحركة أن الرد قريب.')).toEqual(['hamas']);
  });

  it('reads a role on the page’s date, whichever date the page before it had', async () => {
    const scans = pageScans(data, async () => []);
    const texts = ['قال الرئيس الأمريكي إن المحادثات مستمرة'];
    expect(unpacked(texts, await scans.scan('page', texts, '2024-06-01'))).toEqual([['الرئيس الأمريكي=biden/name']]);
    expect(unpacked(texts, await scans.scan('page', texts, '2025-10-13'))).toEqual([['الرئيس الأمريكي=trump/name']]);
    expect(unpacked(texts, await scans.scan('page', texts, '2024-06-01'))).toEqual([['الرئيس الأمريكي=biden/name']]);
  });

  it('finds the reader’s own actors, and new ones once told they changed', async () => {
    let actors = [actor('سميرة الخطيب')];
    let reads = 0;
    const scans = pageScans(data, async () => (reads++, actors));
    const texts = ['وقالت سميرة الخطيب ولسعاد الحلبي إن نتنياهو رفض'];
    expect(unpacked(texts, await scans.scan('page', texts, '2024-06-01'))).toEqual([['سميرة الخطيب=user-x/name', 'نتنياهو=netanyahu/surname']]);
    actors = [actor('سعاد الحلبي')];
    // Until told, the actors it read stay: the store is not read for every batch.
    expect(unpacked(texts, await scans.scan('page', texts, '2024-06-01'))[0]).toContain('سميرة الخطيب=user-x/name');
    expect(reads).toBe(1);
    scans.forgetActors();
    const after = await scans.scan('page', texts, '2024-06-01');
    expect(unpacked(texts, after)).toEqual([['سعاد الحلبي=user-x/name', 'نتنياهو=netanyahu/surname']]);
    expect(after.entities.find((e) => e.id === 'user-x')).toEqual({ id: 'user-x', type: 'person', ar: 'سعاد الحلبي', en: '' });
  });

  it('tries the data file again after a failed read', async () => {
    let fail = true;
    const scans = pageScans(() => (fail ? Promise.reject(new Error('gone')) : data()), async () => []);
    await expect(scans.scan('page', ['نتنياهو'], '2024-06-01')).rejects.toThrow('gone');
    fail = false;
    expect((await scans.scan('page', ['نتنياهو'], '2024-06-01')).found).toEqual([[0, 7, 0, FORM_KINDS.indexOf('surname')]]);
  });

  it('is sent no more than a message’s worth of text, for a reading it can name', () => {
    const check = TO_BACKGROUND['page/scan'];
    const page = '0123456789abcdef';
    expect(check({ page, texts: ['أ'.repeat(MAX_SCAN_CHARS)], date: '2024-06-01' })).toBeTruthy();
    expect(() => check({ page, texts: ['أ'.repeat(MAX_SCAN_CHARS / 2), 'ب'.repeat(MAX_SCAN_CHARS / 2 + 1)], date: '2024-06-01' })).toThrow(/characters/);
    expect(() => check({ page, texts: ['نتنياهو'], date: 'today' })).toThrow();
    expect(() => check({ page, texts: 'نتنياهو', date: '2024-06-01' })).toThrow();
    expect(() => check({ page: 'x'.repeat(500), texts: ['نتنياهو'], date: '2024-06-01' })).toThrow();
    expect(() => check({ texts: ['نتنياهو'], date: '2024-06-01' })).toThrow();
  });
});

function resolve(): string {
  return new URL('../..', import.meta.url).pathname;
}
