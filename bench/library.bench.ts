/**
 * The reader's library in real Chromium, in the built extension's service worker: 10 000 saved
 * articles (about 50 M characters, generated from the seed paragraphs with varied names, numbers
 * and dates), then the background's time to save one more, to answer a dossier and a search,
 * warm and right after the service worker was stopped and started again (the browser relaunched
 * on the same profile). Baseline measured in
 * the same run: a scan of every saved article's text in IndexedDB for the same question.
 */
import type { Worker } from 'playwright-core';
import { launch, type Session } from '../scripts/lib/browser-session.ts';
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
const RESTARTS = 4;
// Names swapped into the paragraphs so that no two articles say quite the same thing.
const NAMES = ['نتنياهو', 'بلينكن', 'بايدن', 'السيسي', 'هنية', 'ويتكوف', 'ترامب', 'غالانت', 'بيرنز', 'ديرمر'];

const fmt = (x: number): string => (x >= 10 ? x.toFixed(1) : x.toPrecision(3));
const stats = (xs: number[]): string => `median ${fmt(median(xs))} ms, p95 ${fmt(percentile(xs, 0.95))} ms (${xs.length} calls)`;

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
  library: { saveArticles(c: ArticleCapture[]): Promise<unknown>; saveArticle(c: ArticleCapture): Promise<unknown> };
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
    const fill = performance.now() - t0;
    console.log(`filled ${ARTICLES} articles (${(chars / 1e6).toFixed(1)} M characters) in ${(fill / 1000).toFixed(1)} s, ${fmt(fill / ARTICLES)} ms an article in batches of ${CHUNK}`);

    const saves = await worker.evaluate(async (articles) => {
      const { library } = (globalThis as unknown as { siyaq: Siyaq }).siyaq;
      const out: number[] = [];
      for (const a of articles) {
        const t = performance.now();
        await library.saveArticle(a);
        out.push(performance.now() - t);
      }
      return out;
    }, Array.from({ length: 20 }, (_, k) => article(ARTICLES + k, paragraphs)));
    console.log(`save one article (background time, into ${ARTICLES}): ${stats(saves)}`);

    const baseline = [await naiveScan(worker, ['نتنياهو']), await naiveScan(worker, ['رفح']), await naiveScan(worker, ['مجلس', 'الأمن'])];
    console.log(`baseline, scan of every saved article's text in IndexedDB for one question: median ${fmt(median(baseline))} ms (${baseline.length} scans)`);

    const dossier = await timeQueries(worker, 'dossier', ENTITIES, ROUNDS);
    const search = await timeQueries(worker, 'search', SEARCHES, ROUNDS);
    console.log(`dossier, warm: ${stats(dossier)}; ${fmt(median(baseline) / percentile(dossier, 0.95))}× faster than the scan at p95`);
    console.log(`search, warm: ${stats(search)}; ${fmt(median(baseline) / percentile(search, 0.95))}× faster than the scan at p95`);

    const coldDossier: number[] = [];
    const coldSearch: number[] = [];
    const afterDossier: number[] = [];
    const afterSearch: number[] = [];
    for (let r = 0; r < RESTARTS; r++) {
      session = await restartWorker(session);
      worker = session.worker!;
      coldDossier.push(...(await timeQueries(worker, 'dossier', [ENTITIES[r % ENTITIES.length]!], 1)));
      afterDossier.push(...(await timeQueries(worker, 'dossier', ENTITIES, 1)));
      session = await restartWorker(session);
      worker = session.worker!;
      coldSearch.push(...(await timeQueries(worker, 'search', [SEARCHES[r % SEARCHES.length]!], 1)));
      afterSearch.push(...(await timeQueries(worker, 'search', SEARCHES, 1)));
    }
    console.log(`first dossier after the service worker started again (index.json fetched, IndexedDB opened): ${stats(coldDossier)}`);
    console.log(`first search after the service worker started again: ${stats(coldSearch)}`);
    console.log(`dossier right after a restart: ${stats(afterDossier)}; search: ${stats(afterSearch)}`);
  } finally {
    await session.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
