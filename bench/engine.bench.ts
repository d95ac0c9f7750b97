/**
 * Speed of the entity engine on ≥1 MB of Arabic news text built from the seed articles, against
 * references measured in the same run: one precompiled regex per written form (every clitic and
 * nisba spelling of every catalogue form, as a highlighter with a word list does it) over the raw
 * text, and a bare charCodeAt loop, the most any single pass over the text could reach. Then
 * `npm run scan -- --summary` end to end on 30 M characters (it counts a big file on two
 * threads), its start-up taken out by the difference with a one-paragraph file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCatalogue } from '../src/match/catalogue';
import type { Catalogue } from '../src/match/catalogue-types';
import { prefixesFor } from '../src/match/clitics';
import { compileMatcher } from '../src/match/matcher';
import { foldText } from '../src/text/fold';
import { isNisba, NISBA_ENDINGS } from '../src/text/proclitics';
import { foldedWords } from '../src/text/words';
import { seedTexts } from './lib/seeds';

const root = resolve(import.meta.dirname, '..');
const TARGET_CHARS = 1 << 20;

/** Seed paragraphs in a fixed shuffled order, repeated until the text passes `chars`. */
function corpus(chars = TARGET_CHARS): string {
  const paragraphs = seedTexts(root)
    .flatMap((text) => text.split(/\n\s*\n/))
    .filter((p) => p.trim() !== '');
  let state = 42;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const parts: string[] = [];
  for (let size = 0; size < chars; ) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every written form as a page spells it: each catalogue form as written, with each proclitic
 * chain the engine allows in front and, for a nisba adjective, each ending.
 */
function writtenForms(cat: Catalogue): string[] {
  const out = new Set<string>();
  for (const e of cat.entities) {
    for (const f of e.forms) {
      const words = f.text.trim().split(/\s+/);
      const folded = foldedWords(f.text);
      if (folded.length === 0) continue;
      const adjective = f.kind === 'adjective';
      const endings = adjective && isNisba(folded.at(-1)!) ? NISBA_ENDINGS.map((x) => (x === 'ه' ? 'ة' : x)) : [''];
      for (const p of prefixesFor(folded[0]!, adjective)) {
        for (const ending of endings) {
          const first = p.written + (p.replacesArticle ? words[0]!.slice(2) : words[0]!);
          out.add([first, ...words.slice(1)].join(' ') + ending);
        }
      }
    }
  }
  return [...out];
}

/**
 * One precompiled regex per written form: the form alone, which the regex engine finds with a
 * fast literal search; that it stands as a word of its own is checked on the chars either side.
 */
const formRegexes = (forms: string[]): RegExp[] => forms.map((f) => new RegExp(escape(f).replace(/ /g, '\\s+'), 'g'));

// An Arabic letter or digit: a form next to one is part of a longer word.
const isWordChar = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x0671 && c <= 0x06d3);

/**
 * Runs `fn` until about `ms` have passed after `warmup` runs; returns the best chars/second (the
 * best run is the one least disturbed by whatever else the machine is doing).
 */
function measure(chars: number, fn: () => unknown, ms = 1500, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  let best = Infinity;
  const until = performance.now() + ms;
  do {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  } while (performance.now() < until);
  return chars / (best / 1000);
}

const mega = (x: number): string => `${(x / 1e6).toPrecision(3)} M chars/s`;

/** Wall time of one `npm run scan -- --summary file`, ms. */
function scanWall(file: string): number {
  const t = performance.now();
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/scan.ts'), '--summary', file], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scan failed: ${r.stderr}`);
  return performance.now() - t;
}

/**
 * The least wall time of each file over `runs` rounds, the two taken in turn so that both
 * meet the same spells of load on a shared machine.
 */
function leastWalls(files: string[], runs = 5): number[] {
  const best = files.map(() => Infinity);
  for (let i = 0; i < runs; i++) files.forEach((f, k) => (best[k] = Math.min(best[k]!, scanWall(f))));
  return best;
}

export default async function engineBench(): Promise<void> {
  const text = corpus();
  const cat = parseCatalogue(readFileSync(join(root, 'seeds', 'catalogue.json'), 'utf8'), 'seeds/catalogue.json');
  const matcher = compileMatcher(cat);
  const forms = writtenForms(cat);
  const regexes = formRegexes(forms);
  let sink = 0;

  const pipeline = measure(text.length, () => (sink += matcher.scan(text).length), 3000);
  const counting = measure(text.length, () => (sink += matcher.count([text]).size), 3000);
  const fold = measure(text.length, () => (sink += foldText(text).folded.length));
  let regexHits = 0;
  const regex = measure(text.length, () => {
    regexHits = 0;
    for (const re of regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!isWordChar(text.charCodeAt(m.index - 1)) && !isWordChar(text.charCodeAt(re.lastIndex))) regexHits++;
      }
    }
  }, 0, 1);
  const ceiling = measure(text.length, () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    sink += sum;
  });

  console.log(`text: ${(text.length / 1e6).toFixed(2)} M chars, ${cat.entities.length} entities, ${forms.length} written forms, ${matcher.scan(text).length} mentions (the regexes find ${regexHits}, overlaps and all)`);
  console.log(`pipeline (fold + match + offsets + mention objects): ${mega(pipeline)}`);
  console.log(`counting (the same scan, mentions as numbers): ${mega(counting)}`);
  console.log(`foldText alone: ${mega(fold)}`);
  console.log(`baseline, one precompiled regex per written form over the raw text: ${mega(regex)}`);
  console.log(`ceiling, charCodeAt sum: ${mega(ceiling)}`);
  console.log(`pipeline / regex baseline: ${(pipeline / regex).toFixed(1)}x`);
  console.log(`pipeline / ceiling: ${(pipeline / ceiling).toFixed(2)}`);

  const dir = mkdtempSync(join(tmpdir(), 'siyaq-engine-'));
  try {
    const big = corpus(30e6);
    writeFileSync(join(dir, 'big.txt'), big);
    writeFileSync(join(dir, 'small.txt'), big.slice(0, big.indexOf('\n')));
    const [small, whole] = leastWalls([join(dir, 'small.txt'), join(dir, 'big.txt')]) as [number, number];
    console.log(
      `npm run scan -- --summary on ${(big.length / 1e6).toFixed(1)} M chars (counted by two threads): ${whole.toFixed(0)} ms, less ${small.toFixed(0)} ms of start-up (a one-paragraph file) = ${mega(big.length / ((whole - small) / 1000))} (target ≥ 100 M chars/s; best of 5 each, taken in turn, wall time)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (sink < 0) console.log(sink); // keeps the measured work from being optimised away
}
