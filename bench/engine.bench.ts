/**
 * Speed of the entity engine on ≥1 MB of Arabic news text built from the seed articles, against
 * two references measured in the same run: one Unicode-aware regex per catalogue form over the
 * already folded text (the obvious way to do it; folding is left out of its time, which flatters
 * it), and a bare charCodeAt loop, the most any single pass over the text could reach.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCatalogue } from '../src/match/catalogue';
import type { Catalogue } from '../src/match/catalogue-types';
import { compileMatcher } from '../src/match/matcher';
import { foldText } from '../src/text/fold';
import { foldedWords } from '../src/text/words';
import { seedTexts } from './lib/seeds';

const root = resolve(import.meta.dirname, '..');
const TARGET_CHARS = 1 << 20;

/** Seed paragraphs in a fixed shuffled order, repeated until the text passes 1 MB. */
function corpus(): string {
  const paragraphs = seedTexts(root)
    .flatMap((text) => text.split(/\n\s*\n/))
    .filter((p) => p.trim() !== '');
  let state = 42;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const parts: string[] = [];
  for (let size = 0; size < TARGET_CHARS; ) {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join('\n\n');
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex per form, in the folded alphabet, with optional proclitics/article and nisba endings. */
function formRegexes(cat: Catalogue): RegExp[] {
  return cat.entities.flatMap((e) =>
    e.forms.map((f) => {
      const words = foldedWords(f.text).map(escape).join('[\\s\\u00a0]+');
      const endings = f.kind === 'adjective' ? '(?:ه|ين|ون|ان|تين|تان|ات|ا)?' : '';
      return new RegExp(`(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)?${words}${endings}(?![\\p{L}\\p{N}])`, 'gu');
    }),
  );
}

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

export default async function engineBench(): Promise<void> {
  const text = corpus();
  const cat = parseCatalogue(readFileSync(join(root, 'seeds', 'catalogue.json'), 'utf8'), 'seeds/catalogue.json');
  const matcher = compileMatcher(cat);
  const folded = foldText(text);
  const regexes = formRegexes(cat);
  let sink = 0;

  const pipeline = measure(text.length, () => (sink += matcher.scan(text).length), 3000);
  const fold = measure(text.length, () => (sink += foldText(text).folded.length));
  const regex = measure(text.length, () => {
    for (const re of regexes) for (const m of folded.folded.matchAll(re)) sink += folded.map[m.index]!;
  }, 0, 1);
  const ceiling = measure(text.length, () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    sink += sum;
  });

  console.log(`text: ${(text.length / 1e6).toFixed(2)} M chars, ${cat.entities.length} entities, ${regexes.length} forms, ${matcher.scan(text).length} mentions`);
  console.log(`pipeline (fold + match + offsets): ${mega(pipeline)}`);
  console.log(`foldText alone: ${mega(fold)}`);
  console.log(`baseline, one regex per form over folded text: ${mega(regex)}`);
  console.log(`ceiling, charCodeAt sum: ${mega(ceiling)}`);
  console.log(`pipeline / regex baseline: ${(pipeline / regex).toFixed(1)}x`);
  console.log(`pipeline / ceiling: ${(pipeline / ceiling).toFixed(2)}`);
  if (sink < 0) console.log(sink); // keeps the measured work from being optimised away
}
