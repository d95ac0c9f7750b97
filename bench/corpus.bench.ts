/**
 * Corpus index: build time, size (raw and gzip) and query latency of dossier() and search(),
 * each against a baseline measured in the same run: a linear scan over every sentence that
 * answers the same question without the precomputed rows or postings.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildIndexFromRepo } from '../src/corpus/build-entry';
import type { CorpusIndex } from '../src/index/format';
import { openIndex } from '../src/index/query';
import { tokenize } from '../src/text/tokens';
import { median, percentile } from './lib/stats';

const root = resolve(import.meta.dirname, '..');
const SEARCHES = ['رفح', 'برفح', 'بلينكن', 'إسماعيل هنية', 'وقف إطلاق النار في غزة', 'مجلس الأمن', 'الرهائن الأميركيين', 'البيت الأبيض', 'مدير وكالة المخابرات', 'صفقة جزئية'];
const ROUNDS = 50;

export default async function bench(): Promise<void> {
  const builds: number[] = [];
  let index: CorpusIndex | undefined;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    index = await buildIndexFromRepo(root);
    builds.push(performance.now() - t0);
  }
  const json = JSON.stringify(index);
  console.log(`build (read + clean + scan + index, median of 5): ${fmt(median(builds))} ms`);
  console.log(`index size: ${Buffer.byteLength(json)} bytes raw, ${gzipSync(json).length} gzip; ${index!.articles.length} articles, ${index!.sentences.length} sentences, ${index!.entities.length} entities, ${Object.keys(index!.postings).length} terms`);

  const q = openIndex(JSON.parse(json) as CorpusIndex);
  const scan = linearScan(index!);
  const ids = index!.entities.map((e) => e.id);
  report('dossier()', time(ids, (id) => q.dossier(id)), time(ids, (id) => scan.dossier(id)));
  report('search()', time(SEARCHES, (s) => q.search(s)), time(SEARCHES, (s) => scan.search(s)));
}

/** Baseline: per query, walk every sentence, tokenize it and test it against the query. */
function linearScan(index: CorpusIndex) {
  const entity = new Map(index.entities.map((e) => [e.id, e]));
  return {
    dossier(id: string) {
      const forms = entity.get(id)!.forms.map((f) => f.split(' '));
      return index.sentences
        .map((s, i) => ({ i, stems: tokenize(s[3]).map((t) => t.stem) }))
        .filter(({ stems }) => forms.some((f) => stems.some((_, k) => f.every((w, j) => stems[k + j] === w))))
        .map(({ i }) => index.sentences[i]);
    },
    search(text: string) {
      const terms = new Set(tokenize(text).map((t) => t.stem));
      return index.sentences
        .map((s) => ({ s, hits: tokenize(s[3]).filter((t) => terms.has(t.stem)).length }))
        .filter((x) => x.hits > 0)
        .sort((a, b) => b.hits - a.hits)
        .slice(0, 10);
    },
  };
}

/** Per-call latencies in ms over ROUNDS passes of every input. */
function time<T>(inputs: T[], f: (x: T) => unknown): number[] {
  for (const x of inputs) f(x); // warm-up
  const out: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const x of inputs) {
      const t0 = performance.now();
      f(x);
      out.push(performance.now() - t0);
    }
  }
  return out;
}

function report(name: string, ours: number[], base: number[]): void {
  const [m, p] = [median(ours), percentile(ours, 0.99)];
  const [bm, bp] = [median(base), percentile(base, 0.99)];
  console.log(`${name}: median ${fmt(m)} ms, p99 ${fmt(p)} ms (${ours.length} calls); linear scan: median ${fmt(bm)} ms, p99 ${fmt(bp)} ms; ${fmt(bm / m)}× faster at the median`);
}

const fmt = (x: number): string => (x >= 10 ? x.toFixed(1) : x.toPrecision(3));
