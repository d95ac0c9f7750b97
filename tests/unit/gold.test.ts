/**
 * Runs the page's matcher (the catalogue's names, and role phrases and anaphors resolved on the
 * article's date, in page order) over the hand-annotated gold files and compares spans and ids
 * exactly. Precision and recall are printed per file and overall, and the recall of role phrases
 * and of anaphors apart; precision below 0.98 or recall below 0.95 fails.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WordMatcher } from '../../src/match/matcher';
import { pageMatcher } from '../../src/match/page-matcher';
import type { PageContext } from '../../src/match/resolve-mentions';
import { seedEngine } from './engine-fixtures';

const root = resolve(import.meta.dirname, '..', '..');
const goldDir = join(root, 'tests', 'gold');
/** `[[text|id]]`, or `[[text|id|role]]` for a role phrase, `[[text|id|anaphor]]` for an anaphor. */
const MARK = /\[\[([^[\]|]+)\|([a-z0-9-]+)(?:\|(role|anaphor))?\]\]/g;
/** A passage's first line may say its date: `<!-- date: 2025-10-13 -->`, no part of its text. */
const DATE_LINE = /^<!-- date: (\d{4}-\d{2}-\d{2}) -->\n/;

interface Span {
  start: number;
  end: number;
  text: string;
  id: string;
  kind?: 'role' | 'anaphor';
}

function parseGold(text: string): { plain: string; mentions: Span[]; date: string | null } {
  const date = DATE_LINE.exec(text)?.[1] ?? null;
  const gold = text.replace(DATE_LINE, '');
  let plain = '';
  let last = 0;
  const mentions: Span[] = [];
  for (const m of gold.matchAll(MARK)) {
    plain += gold.slice(last, m.index);
    mentions.push({ start: plain.length, end: plain.length + m[1]!.length, text: m[1]!, id: m[2]!, kind: m[3] as Span['kind'] });
    plain += m[1];
    last = m.index + m[0].length;
  }
  return { plain: plain + gold.slice(last), mentions, date };
}

interface ArticleLines {
  file: string;
  start: { line: number };
  end: { line: number };
  date: string;
}
const articles = (JSON.parse(readFileSync(join(root, 'seeds', 'articles.json'), 'utf8')) as { articles: ArticleLines[] }).articles;

/**
 * The text's mentions as a page shows them: each article of a seed read on its own date (lines
 * outside the articles, as related-article blocks, on the date of the article after them, else
 * before), a passage on the date it gives, each article with a resolver of its own.
 */
function scanDated(plain: string, seed: string, passageDate: string | null, plainMatcher: WordMatcher, derived: WordMatcher, ctx: Omit<PageContext, 'date'>) {
  const ranges = articles.filter((a) => a.file === seed);
  const lines = plain.split('\n');
  const segments: { date: string; key: string; start: number; text: string }[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const n = i + 1;
    const article = ranges.find((a) => a.start.line <= n && n <= a.end.line) ?? ranges.find((a) => a.start.line > n) ?? ranges.at(-1);
    const date = passageDate ?? article?.date ?? DEFAULT_DATE;
    const key = `${article?.start.line}:${date}`;
    const last = segments.at(-1);
    if (last?.key === key) last.text += `\n${line}`;
    else segments.push({ date, key, start: offset, text: line });
    offset += line.length + 1;
  });
  return segments.flatMap((seg) =>
    pageMatcher(plainMatcher, derived, { date: seg.date, ...ctx })
      .scan(seg.text)
      .map((m) => ({ ...m, start: m.start + seg.start, end: m.end + seg.start })),
  );
}

// A passage that gives no date is read as of the middle of the corpus's period.
const DEFAULT_DATE = '2024-06-01';

function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? goldFiles(join(dir, d.name)) : d.name.endsWith('.gold.txt') ? [join(dir, d.name)] : []))
    .sort();
}

const key = (s: Span): string => `${s.start}:${s.end}:${s.id}`;
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const files = goldFiles(goldDir);

describe('gold', () => {
  const { catalogue, offices, plain: matcher, derived, people, rules } = seedEngine();
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

  it('finds the gold mentions with precision ≥ 0.98 and recall ≥ 0.95, roles and anaphors among them', () => {
    let tp = 0;
    let found = 0;
    let wanted = 0;
    const kinds = { role: { hit: 0, all: 0 }, anaphor: { hit: 0, all: 0 } };
    const lines: string[] = [];
    for (const { file, plain, mentions, date } of parsed) {
      const got = scanDated(plain, basename(file).replace('.gold.txt', '.txt'), date, matcher, derived, { offices, people, rules });
      const goldKeys = new Set(mentions.map(key));
      const gotKeys = new Set(got.map(key));
      const hits = got.filter((m) => goldKeys.has(key(m))).length;
      for (const m of mentions) {
        if (!m.kind) continue;
        kinds[m.kind].all++;
        if (gotKeys.has(key(m))) kinds[m.kind].hit++;
      }
      tp += hits;
      found += got.length;
      wanted += mentions.length;
      lines.push(`  ${relative(goldDir, file).padEnd(40)} P=${ratio(hits, got.length).toFixed(3)} R=${ratio(hits, mentions.length).toFixed(3)} (${hits}/${got.length} found, ${mentions.length} gold)`);
      for (const m of got.filter((x) => !goldKeys.has(key(x)))) lines.push(`    extra   ${m.start}-${m.end} «${m.text}» ${m.id}`);
      for (const m of mentions.filter((x) => !gotKeys.has(key(x)))) lines.push(`    missed  ${m.start}-${m.end} «${m.text}» ${m.id}`);
    }
    const precision = ratio(tp, found);
    const recall = ratio(tp, wanted);
    const kindLine = (['role', 'anaphor'] as const).map((k) => `${k} recall ${ratio(kinds[k].hit, kinds[k].all).toFixed(3)} (${kinds[k].hit}/${kinds[k].all})`).join(', ');
    console.log(`gold: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} right of ${found} found, ${wanted} in gold); ${kindLine}\n${lines.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(kinds.role.all).toBeGreaterThanOrEqual(20);
    expect(kinds.anaphor.all).toBeGreaterThanOrEqual(10);
  });
});
