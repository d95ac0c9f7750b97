/**
 * Runs the matcher over the hand-annotated gold files and compares spans and ids exactly.
 * Precision and recall are printed per file and overall; below 0.95 fails.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/match/catalogue';
import { compileMatcher } from '../../src/match/matcher';

const root = resolve(import.meta.dirname, '..', '..');
const goldDir = join(root, 'tests', 'gold');
const MARK = /\[\[([^[\]|]+)\|([a-z0-9-]+)\]\]/g;

interface Span {
  start: number;
  end: number;
  text: string;
  id: string;
}

function parseGold(gold: string): { plain: string; mentions: Span[] } {
  let plain = '';
  let last = 0;
  const mentions: Span[] = [];
  for (const m of gold.matchAll(MARK)) {
    plain += gold.slice(last, m.index);
    mentions.push({ start: plain.length, end: plain.length + m[1]!.length, text: m[1]!, id: m[2]! });
    plain += m[1];
    last = m.index + m[0].length;
  }
  return { plain: plain + gold.slice(last), mentions };
}

function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? goldFiles(join(dir, d.name)) : d.name.endsWith('.gold.txt') ? [join(dir, d.name)] : []))
    .sort();
}

const key = (s: Span): string => `${s.start}:${s.end}:${s.id}`;
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const files = goldFiles(goldDir);
const catalogueFile = join(root, 'seeds', 'catalogue.json');

describe('gold', () => {
  const catalogue = parseCatalogue(readFileSync(catalogueFile, 'utf8'), 'seeds/catalogue.json');
  const matcher = compileMatcher(catalogue);
  const parsed = files.map((file) => ({ file, ...parseGold(readFileSync(file, 'utf8')) }));
  const ids = new Set(catalogue.entities.map((e) => e.id));

  it('has a gold file for every seed, and hand-written passages besides', () => {
    const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds.map((f) => f.replace('.txt', '.gold.txt')).filter((g) => !files.some((f) => basename(f) === g))).toEqual([]);
    expect(files.filter((f) => f.includes(`${join('gold', 'passages')}`)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(parsed.map((p) => [relative(root, p.file), p]))('%s is well formed: known ids, no stray markup, no outer spaces', (_, p) => {
    expect(p.plain).not.toMatch(/\[\[|\]\]/);
    expect(p.mentions.filter((m) => !ids.has(m.id)).map((m) => m.id)).toEqual([]);
    expect(p.mentions.filter((m) => m.text !== m.text.trim()).map((m) => m.text)).toEqual([]);
  });

  it.each(parsed.filter((p) => existsSync(join(root, 'seeds', basename(p.file).replace('.gold.txt', '.txt')))).map((p) => [relative(root, p.file), p]))(
    '%s strips to its seed file',
    (_, p) => {
      expect(p.plain).toBe(readFileSync(join(root, 'seeds', basename(p.file).replace('.gold.txt', '.txt')), 'utf8'));
    },
  );

  it('finds the gold mentions with precision and recall ≥ 0.95', () => {
    let tp = 0;
    let found = 0;
    let wanted = 0;
    const lines: string[] = [];
    for (const { file, plain, mentions } of parsed) {
      const got = matcher.scan(plain);
      const goldKeys = new Set(mentions.map(key));
      const gotKeys = new Set(got.map(key));
      const hits = got.filter((m) => goldKeys.has(key(m))).length;
      tp += hits;
      found += got.length;
      wanted += mentions.length;
      lines.push(`  ${relative(goldDir, file).padEnd(40)} P=${ratio(hits, got.length).toFixed(3)} R=${ratio(hits, mentions.length).toFixed(3)} (${hits}/${got.length} found, ${mentions.length} gold)`);
      for (const m of got.filter((x) => !goldKeys.has(key(x)))) lines.push(`    extra   ${m.start}-${m.end} «${m.text}» ${m.id}`);
      for (const m of mentions.filter((x) => !gotKeys.has(key(x)))) lines.push(`    missed  ${m.start}-${m.end} «${m.text}» ${m.id}`);
    }
    const precision = ratio(tp, found);
    const recall = ratio(tp, wanted);
    console.log(`gold: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} right of ${found} found, ${wanted} in gold)\n${lines.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
