/**
 * The reader's library in real Chromium, in the built extension's service worker: 10 000 saved
 * articles (about 50 M characters, generated from the seed paragraphs with varied names, numbers
 * and dates; SIYAQ_BENCH_ARTICLES for another size), then the background's time to save one
 * more, to answer a dossier and a search, warm and right after the service worker was stopped
 * and started again (the browser relaunched on the same profile). Times are wall-clock in the
 * worker; CPU is the worker thread's own, from a trace, which a loaded machine does not inflate.
 * Baseline measured in the same run: a scan of every saved article's text in IndexedDB for the
 * same question.
 */
import type { Worker } from 'playwright-core';
import { launch, type Session } from '../scripts/lib/browser-session.ts';
import { traceWorker } from './lib/cpu-trace.ts';
import { SEGMENT_ARTICLES } from '../src/library/term-index.ts';
import { runBuild } from '../scripts/lib/run-build.ts';
import type { ArticleCapture } from '../src/library/types';
import { seedParagraphs } from './lib/pages.ts';
import { median, percentile } from './lib/stats.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ARTICLES = Number(process.env.SIYAQ_BENCH_ARTICLES ?? 10_000);
const CHUNK = 250;
const ENTITIES = ['netanyahu', 'blinken', 'hamas', 'gaza-strip', 'qatar', 'burns', 'rafah', 'egypt'];
const SEARCHES = ['رفح', 'بلينكن', 'وقف إطلاق النار في غزة', 'مجلس الأمن', 'الرهائن', 'صفقة جزئية'];
const DATE = '2025-06-01';
const ROUNDS = 10;
const SAVES = 20;
const RESTARTS = 4;
// Names swapped into the paragraphs so that no two articles say quite the same thing.
const NAMES = ['نتنياهو', 'بلينكن', 'بايدن', 'السيسي', 'هنية', 'ويتكوف', 'ترامب', 'غالانت', 'بيرنز', 'ديرمر'];

const fmt = (x: number): string => (x >= 10 ? x.toFixed(1) : x.toPrecision(3));
const stats = (xs: number[]): string => `median ${fmt(median(xs))} ms, p95 ${fmt(percentile(xs, 0.95))} ms (${xs.length} calls)`;
const withCpu = (t: Timed): string => `${stats(t.wall)}, worker CPU ${fmt(t.cpuMs)} ms a call`;

/** Article `i`: seed paragraphs from a rotating start, a name swapped, a number and a day of its own. */
function article(i: number, paragraphs: string[]): ArticleCapture {
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10);
  const parts: string[] = [];
  let chars = 0;
  for (let k = 0; chars < 5000; k++) {
    const p = paragraphs[(i * 7 + k * 13) % paragraphs.length]!
      .replaceAll(NAMES[k % NAMES.length]!, NAMES[(i + k) % NAMES.length]!)
      .replace(/\d+/, String((i * 31 + k) % 997));
    parts.push(`${p} (${i}-${k})`);
    chars += p.length;
  }
  return { url: `https://bench.example/${i}`, title: `مقال ${i}`, outlet: `منفذ ${i % 40}`, date: day, dateSource: 'meta', text: parts.join('\n\n') };
}

type Siyaq = {
  library: { saveArticles(c: ArticleCapture[]): Promise<unknown>; saveArticle(c: ArticleCapture): Promise<unknown>; indexed(): Promise<void> };
  corpus(): Promise<{ dossier(id: string, date: string): Promise<unknown>; search(text: string): Promise<unknown> }>;
};

/** Per-call times in the worker of the answers over both packs. */
function timeQueries(worker: Worker, kind: 'dossier' | 'search', inputs: string[], rounds: number): Promise<number[]> {
  return worker.evaluate(
    async ([kind, inputs, rounds, date]) => {
      const answers = await (globalThis as unknown as { siyaq: Siyaq }).siyaq.corpus();
      const out: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const x of inputs) {
          const t0 = performance.now();
          await (kind === 'dossier' ? answers.dossier(x, date) : answers.search(x));
          out.push(performance.now() - t0);
        }
      }
      return out;
    },
    [kind, inputs, rounds, DATE] as const,
  );
}

interface Timed {
  wall: number[];
  /** The worker thread's CPU, on average a call. */
  cpuMs: number;
}

/** The calls' times, and the worker's CPU over them all. */
async function traced(session: Session, calls: () => Promise<number[]>): Promise<Timed> {
  let wall: number[] = [];
  const cpu = await traceWorker(session, async () => (wall = await calls()));
  return { wall, cpuMs: cpu.cpuMs / wall.length };
}

/** Saves one article in the worker, and its time there. */
const saveOne = (worker: Worker, a: ArticleCapture): Promise<number> =>
  worker.evaluate(async (a) => {
    const t = performance.now();
    await (globalThis as unknown as { siyaq: Siyaq }).siyaq.library.saveArticle(a);
    return performance.now() - t;
  }, a);

/** The baseline: reads every saved article's text from IndexedDB and collects the sentences with the words. */
function naiveScan(worker: Worker, words: string[]): Promise<number> {
  return worker.evaluate(async (words) => {
    const t0 = performance.now();
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('siyaq-library');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const hits: string[] = [];
    await new Promise<void>((ok, fail) => {
      const req = db.transaction('articles').objectStore('articles').openCursor();
      req.onsuccess = () => {
        const cursor = req.result;
        if (!cursor) return ok();
        for (const s of (cursor.value as { text: string }).text.split(/[.؟!]\s/)) if (words.every((w) => s.includes(w))) hits.push(s);
        cursor.continue();
      };
      req.onerror = () => fail(req.error);
    });
    db.close();
    return hits.length >= 0 ? performance.now() - t0 : -1;
  }, words);
}

/**
 * Stops the service worker and starts it again, cold: the browser is closed and launched again
 * on the same profile, so that nothing of the worker, and no IndexedDB cache, survives. (CDP's
 * ServiceWorker.stopAllWorkers closed this headless persistent context outright.)
 */
async function restartWorker(session: Session): Promise<Session> {
  await session.worker!.evaluate(() => Object.assign(globalThis, { benchMark: true }));
  await session.close();
  const next = await launch({ extension: true, profileDir: session.profileDir });
  if (await next.worker!.evaluate(() => 'benchMark' in globalThis)) throw new Error('the service worker did not restart');
  return next;
}

export default async function bench(): Promise<void> {
  runBuild({ ifStale: true });
  const paragraphs = seedParagraphs(root);
  const profileDir = mkdtempSync(join(tmpdir(), 'siyaq-library-bench-'));
  let session = await launch({ extension: true, profileDir });
  try {
    let worker = session.worker!;
    let chars = 0;
    const t0 = performance.now();
    for (let i = 0; i < ARTICLES; i += CHUNK) {
      const chunk = Array.from({ length: Math.min(CHUNK, ARTICLES - i) }, (_, k) => article(i + k, paragraphs));
      chars += chunk.reduce((n, a) => n + a.text.length, 0);
      await worker.evaluate((c) => (globalThis as unknown as { siyaq: Siyaq }).siyaq.library.saveArticles(c), chunk);
    }
    await worker.evaluate(() => (globalThis as unknown as { siyaq: Siyaq }).siyaq.library.indexed());
    const fill = performance.now() - t0;
    console.log(`filled ${ARTICLES} articles (${(chars / 1e6).toFixed(1)} M characters) in ${(fill / 1000).toFixed(1)} s, ${fmt(fill / ARTICLES)} ms an article in batches of ${CHUNK}`);

    const saves: Timed[] = [];
    for (let k = 0; k < SAVES; k++) saves.push(await traced(session, async () => [await saveOne(worker, article(ARTICLES + k, paragraphs))]));
    console.log(`save one article into ${ARTICLES}: ${stats(saves.flatMap((t) => t.wall))}; worker CPU ${stats(saves.map((t) => t.cpuMs))}`);
    // A segment's worth of saves one by one, and the sealing they call for: what a save costs the background in all.
    const batch = Array.from({ length: SEGMENT_ARTICLES }, (_, k) => article(ARTICLES + SAVES + k, paragraphs));
    const amortized = await traceWorker(session, () =>
      worker.evaluate(async (articles) => {
        const { library } = (globalThis as unknown as { siyaq: Siyaq }).siyaq;
        for (const a of articles) await library.saveArticle(a);
        await library.indexed();
      }, batch),
    );
    console.log(`${SEGMENT_ARTICLES} saves one by one and the segment they fill sealed: worker CPU ${fmt(amortized.cpuMs / SEGMENT_ARTICLES)} ms a save in all`);
    const usage = await worker.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const saved = ARTICLES + SAVES + SEGMENT_ARTICLES;
    console.log(`storage used: ${fmt(usage / 2 ** 20)} MiB for ${saved} articles (${fmt(usage / saved / 1024)} KiB an article; its text alone is about ${fmt((chars / ARTICLES) * 2 / 1024)} KiB in UTF-16)`);

    const dossier = await traced(session, () => timeQueries(worker, 'dossier', ENTITIES, ROUNDS));
    const search = await traced(session, () => timeQueries(worker, 'search', SEARCHES, ROUNDS));
    // After the timed questions: the scan reads every article into the worker, and the garbage it
    // leaves would be collected in their midst.
    const baseline = [await naiveScan(worker, ['نتنياهو']), await naiveScan(worker, ['رفح']), await naiveScan(worker, ['مجلس', 'الأمن'])];
    console.log(`baseline, scan of every saved article's text in IndexedDB for one question: median ${fmt(median(baseline))} ms (${baseline.length} scans)`);
    console.log(`dossier, warm: ${withCpu(dossier)}; ${fmt(median(baseline) / percentile(dossier.wall, 0.95))}× faster than the scan at p95`);
    console.log(`search, warm: ${withCpu(search)}; ${fmt(median(baseline) / percentile(search.wall, 0.95))}× faster than the scan at p95`);

    const cold = { dossier: [] as Timed[], search: [] as Timed[] };
    const after = { dossier: [] as Timed[], search: [] as Timed[] };
    for (let r = 0; r < RESTARTS; r++) {
      for (const [kind, inputs] of [['dossier', ENTITIES], ['search', SEARCHES]] as const) {
        session = await restartWorker(session);
        worker = session.worker!;
        cold[kind].push(await traced(session, () => timeQueries(worker, kind, [inputs[r % inputs.length]!], 1)));
        after[kind].push(await traced(session, () => timeQueries(worker, kind, inputs, 1)));
      }
    }
    const merged = (ts: Timed[]): Timed => ({ wall: ts.flatMap((t) => t.wall), cpuMs: ts.reduce((n, t) => n + t.cpuMs * t.wall.length, 0) / ts.reduce((n, t) => n + t.wall.length, 0) });
    console.log(`first dossier after the service worker started again (index.json fetched, IndexedDB opened): ${withCpu(merged(cold.dossier))}`);
    console.log(`first search after the service worker started again: ${withCpu(merged(cold.search))}`);
    console.log(`dossier right after a restart: ${withCpu(merged(after.dossier))}`);
    console.log(`search right after a restart: ${withCpu(merged(after.search))}`);
    console.log(`the library section took ${((performance.now() - t0) / 60_000).toFixed(1)} min`);
  } finally {
    await session.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
