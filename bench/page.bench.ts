/**
 * Siyaq in real Chromium on the benchmark page set: time from content-script start to marks
 * shown, the main-thread time and the longest task it causes, the JS heap it adds, pointer rest to
 * card painted, click to sidebar painted, and the content-script bundle size. Baselines measured
 * in the same run: the same page without the extension (heap), and a bare walk over the page's
 * text nodes (the least any reader of the page's text must spend), in the page's world and in
 * an isolated world (where a content script must read it), and a floor extension
 * (bench/lib/floor-extension) that only asks its background once and marks one word after the
 * first paint: what any extension that marks a page after it has painted pays, whatever it finds.
 * The naive indexOf marker is measured twice: in the page's own world, which no extension can
 * run in, and as an extension built as the floor is, which is how any extension would ship it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch, openPage, type Session } from '../scripts/lib/browser-session.ts';
import { extensionArgs } from '../scripts/lib/chromium.ts';
import { hiddenFrame, inNewWorld, markPoint, readMarks, readSelfTiming, siyaqFrame, waitForSelfTiming } from '../scripts/lib/page-probes.ts';
import { runBuild } from '../scripts/lib/run-build.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { traceInPage, traceLoad, traceWorker } from './lib/cpu-trace.ts';
import { highlightCss, highlightName } from '../src/content/marks.ts';
import { adoptCss } from '../src/ui/shared/adopt-css.ts';
import { liveBlog, typicalArticle } from './lib/pages.ts';
import { median } from './lib/stats.ts';

const root = resolve(import.meta.dirname, '..');
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** Source that adopts a sheet of these rules in the document it runs in, with Siyaq's own adoptCss. */
const adoptSheet = (css: string): string => `(${adoptCss.toString()})(document, ${JSON.stringify(css)});\n`;

/**
 * A bench extension in `dir/name`, built as Siyaq is: bench/lib/floor-extension's manifest and
 * background, an early.js that adopts Siyaq's own highlight sheet at document_start (so that its
 * marks cost the page what Siyaq's do), and a content.js that, after the first paint as Siyaq
 * starts, asks its background once whether the site is on and then runs `mark` (source) in its
 * isolated world.
 */
function benchExtension(dir: string, name: string, mark: string): string {
  const out = join(dir, name);
  cpSync(join(root, 'bench/lib/floor-extension'), out, { recursive: true });
  writeFileSync(join(out, 'early.js'), adoptSheet(highlightCss()));
  writeFileSync(
    join(out, 'content.js'),
    `requestAnimationFrame(() => setTimeout(async () => {
  const state = await chrome.runtime.sendMessage({ type: 'site/state' });
  if (state && state.on) ${mark};
}, 0));
`,
  );
  return out;
}

/** Waits for the next paint mark a Siyaq frame records (src/ui/frame/frame-page.ts), in ms. */
async function painted(page: Page, view: 'card' | 'sidebar', before: number): Promise<number> {
  const frame = await siyaqFrame(page, view);
  const handle = await frame.waitForFunction(
    ([name, before]) => {
      const marks = performance.getEntriesByName(name);
      return marks.length > before ? (marks.at(-1) as PerformanceMark).detail.ms : null;
    },
    [`siyaq:${view}-painted`, before] as const,
    { timeout: 5000 },
  );
  return (await handle.jsonValue()) as number;
}

/** How many paint marks a Siyaq frame has recorded so far (0 before the frame exists). */
async function paintCount(page: Page, view: 'card' | 'sidebar'): Promise<number> {
  const frame = page.frames().find((f) => f.url().endsWith(`/${view}.html`));
  return frame ? frame.evaluate((name) => performance.getEntriesByName(name).length, `siyaq:${view}-painted`) : 0;
}

/** The bare walk, as a function's source: every text node under the body read once; the chars read. */
const BARE_WALK = `() => {
  let chars = 0;
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) chars += n.data.length;
  return chars;
}`;

/**
 * An expression for the time, in ms, each of `rounds` bare walks takes: timed together, as one
 * walk of a short article is below the timer's resolution.
 */
const timedWalks = (rounds: number): string => `(() => {
  const walk = ${BARE_WALK};
  const t0 = performance.now();
  let chars = 0;
  for (let i = 0; i < ${rounds}; i++) chars += walk();
  return chars >= 0 ? (performance.now() - t0) / ${rounds} : -1;
})()`;

/** Walks every text node of the page and reads it, warm: the floor for any scan of the page's text. */
function bareWalk(page: Page): Promise<number> {
  return page.evaluate<number>(timedWalks(20));
}

interface LongTask {
  start: number;
  duration: number;
}

/**
 * Long tasks (50 ms or more, the Long Tasks API) the page saw while it loaded and settled, and
 * when Siyaq started (as its content script recorded it), to tell its tasks from the page's.
 */
async function longTasksDuringLoad(
  session: Session,
  url: string,
  settle: (page: Page) => Promise<unknown>,
): Promise<{ tasks: LongTask[]; siyaqStart: number | null }> {
  const page = await session.context.newPage();
  await page.addInitScript(() => {
    const seen: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof seen }).__longTasks = seen;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push({ start: e.startTime, duration: e.duration }))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const result = {
    tasks: await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks),
    siyaqStart: (await readSelfTiming(page))?.startedAt ?? null,
  };
  await page.close();
  return result;
}

const describeTasks = (tasks: LongTask[]): string =>
  tasks.length === 0 ? 'none' : `${tasks.length} (longest ${fmt(Math.max(...tasks.map((t) => t.duration)))} ms)`;

async function heapUsed(session: Session, page: Page): Promise<number> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

// Loads per page and variant: a page's own load varies by a few ms of CPU, which a median of
// more runs steadies (SIYAQ_BENCH_RUNS to change it).
const RUNS = Number(process.env.SIYAQ_BENCH_RUNS ?? 9);

/** Every form the catalogue lists, as the naive marker looks for them. */
function catalogueForms(): string[] {
  const catalogue = JSON.parse(readFileSync(join(root, 'seeds/catalogue.json'), 'utf8')) as { entities: { forms: { text: string }[] }[] };
  return [...new Set(catalogue.entities.flatMap((e) => e.forms.map((f) => f.text)))];
}

/**
 * The floor's work: a walk over all the text, as Siyaq's reads it all, and one word marked at its
 * first place, as Siyaq marks an entity's first mention, so that nearly all of the cost is what
 * any extension that marks a page pays. The marker functions are passed to the page as source,
 * so they name no inner function (tsx would wrap one in a helper the page lacks).
 */
function markFirst(word: string, name: string): void {
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const i = node.data.indexOf(word);
    if (i >= 0 && highlight.size === 0) {
      highlight.add(new StaticRange({ startContainer: node, startOffset: i, endContainer: node, endOffset: i + word.length }));
    }
  }
  CSS.highlights.set(name, highlight);
}

/** The naive marker's work: indexOf of every form in every text node, a StaticRange per hit, all in one Highlight of that name. */
function markEveryForm(forms: string[], name: string): void {
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (const form of forms) {
      for (let i = data.indexOf(form); i >= 0; i = data.indexOf(form, i + form.length)) {
        highlight.add(new StaticRange({ startContainer: node, startOffset: i, endContainer: node, endOffset: i + form.length }));
      }
    }
  }
  CSS.highlights.set(name, highlight);
}

/** A call of a marker function, as source. */
const call = (marker: (...args: never[]) => void, ...args: unknown[]): string =>
  `(${marker.toString()})(${args.map((arg) => JSON.stringify(arg)).join(', ')})`;

/** The naive marker in the page's own world, once it has loaded, drawn by Siyaq's sheet adopted then. */
const naiveInPage = (forms: string[]): string =>
  `addEventListener('load', () => {\n${adoptSheet(highlightCss())}${call(markEveryForm, forms, highlightName('place'))};\n});`;

/**
 * A one-shot walk over every text node of a freshly loaded page, cold, as a page's first scan
 * is: in the page's own world, or in an isolated world of its own, where every content script
 * runs. Chromium keeps the page world's DOM wrappers on the nodes themselves and any other
 * world's in a table, so the same walk costs a content script two to three times as much.
 */
async function coldWalk(session: Session, url: string, world: 'page' | 'isolated'): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const walk = timedWalks(1);
  const ms = world === 'page' ? await page.evaluate<number>(walk) : await inNewWorld<number>(page, walk);
  await page.close();
  return ms;
}

const minMed = (xs: number[], digits = 1): string => `min ${fmt(Math.min(...xs), digits)} / median ${fmt(median(xs), digits)}`;

/** The browsers a page is loaded in: with Siyaq, with none, with the floor or the naive extension. */
interface Sessions {
  withExt: Session;
  without: Session;
  floorExt: Session;
  naiveExt: Session;
}

/**
 * Main-thread CPU of Siyaq (script evaluation and repaint included), of a naive marker (in the
 * page's world and as an extension) and of the floor extension, each as the page load's thread
 * CPU with it less the same load without it, against a cold bare walk; min and median of RUNS
 * runs, all in this run. `forms` are what the naive marker looks for.
 */
async function cpuSection(
  { withExt, without, floorExt, naiveExt }: Sessions,
  forms: string[],
  label: string,
  url: string,
  settleMs: number,
): Promise<{ page: number; isolated: number }> {
  const base: number[] = [];
  const siyaq: number[] = [];
  const naive: number[] = [];
  const naiveExtension: number[] = [];
  const floor: number[] = [];
  const walks: number[] = [];
  const isolatedWalks: number[] = [];
  const longest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const plain = await traceLoad(without, url, (p) => p.waitForTimeout(settleMs));
    const ext = await traceLoad(withExt, url, (p) => waitForSelfTiming(p).then(() => p.waitForTimeout(settleMs)));
    const marker = await traceLoad(without, url, (p) => p.waitForTimeout(settleMs), (p) => p.addInitScript({ content: naiveInPage(forms) }));
    const markerExt = await traceLoad(naiveExt, url, (p) => p.waitForTimeout(settleMs));
    const least = await traceLoad(floorExt, url, (p) => p.waitForTimeout(settleMs));
    base.push(plain.cpuMs);
    floor.push(least.cpuMs - plain.cpuMs);
    siyaq.push(ext.cpuMs - plain.cpuMs);
    naive.push(marker.cpuMs - plain.cpuMs);
    naiveExtension.push(markerExt.cpuMs - plain.cpuMs);
    longest.push(ext.longestMs);
    walks.push(await coldWalk(without, url, 'page'));
    isolatedWalks.push(await coldWalk(without, url, 'isolated'));
  }
  const ratio = (xs: number[], ys: number[]): number[] => xs.map((x, i) => x / ys[i]!);
  console.log(
    `${label}: thread CPU over ${RUNS} loads (ms): Siyaq ${minMed(siyaq)}; naive indexOf marker ${minMed(naive)} in the page's world, ${minMed(naiveExtension)} as an extension; cold bare text walk ${minMed(walks, 2)} in the page's world, ${minMed(isolatedWalks, 2)} in an isolated world; the page's own load ${minMed(base)}`,
  );
  console.log(
    `${label}: Siyaq / naive marker ${minMed(ratio(siyaq, naive), 2)} in the page's world, ${minMed(ratio(siyaq, naiveExtension), 2)} as an extension; Siyaq / cold bare walk ${minMed(ratio(siyaq, walks))} in the page's world, ${minMed(ratio(siyaq, isolatedWalks))} in an isolated world; longest main-thread task of the load with Siyaq, the page's own parsing included, ${minMed(longest)} ms`,
  );
  console.log(
    `${label}: the floor extension (one question to its background, one word marked after the first paint) ${minMed(floor)} ms; Siyaq above that floor, run by run, ${minMed(siyaq.map((s, i) => s - floor[i]!))} ms; below the naive marker, run by run, ${minMed(naive.map((n, i) => n - siyaq[i]!))} ms in the page's world, ${minMed(naiveExtension.map((n, i) => n - siyaq[i]!))} ms as an extension`,
  );
  // The mentions are found by the background (src/background/page-scan.ts): its thread's CPU is
  // Siyaq's too, if not the page's.
  const background: number[] = [];
  for (let run = 0; run < Math.min(RUNS, 5); run++) {
    background.push(
      (
        await traceWorker(withExt, async () => {
          const page = await withExt.context.newPage();
          await page.goto(url, { waitUntil: 'load' });
          await waitForSelfTiming(page);
          await page.close();
        })
      ).cpuMs,
    );
  }
  console.log(`${label}: the background's own thread CPU while the page loads (its scans of the page's text, site state and badge) ${minMed(background)} ms, warm, off the page's main thread`);
  return { page: median(walks), isolated: median(isolatedWalks) };
}

export default async function run(): Promise<void> {
  runBuild({ ifStale: true });

  const dir = mkdtempSync(join(tmpdir(), 'siyaq-bench-'));
  const typical = typicalArticle(root);
  const blog = liveBlog(root);
  writeFileSync(join(dir, 'typical.html'), typical.html);
  writeFileSync(join(dir, 'liveblog.html'), blog.html);
  const server = await serveStatic({ '/': dir, '/fixtures/': join(root, 'tests/fixtures') });
  console.log(
    `pages: typical article ${typical.words} words; live blog ${fmt(Buffer.byteLength(blog.html) / 2 ** 20, 2)} MB of HTML, ${blog.textNodes} text nodes; storm 200 paragraphs/s for 10 s`,
  );

  const forms = catalogueForms();
  const sessions: Sessions = {
    withExt: await launch({ extension: true }),
    without: await launch({ extension: false }),
    floorExt: await launch({ extension: false, args: extensionArgs(benchExtension(dir, 'floor-extension', call(markFirst, 'غزة', highlightName('place')))) }),
    naiveExt: await launch({ extension: false, args: extensionArgs(benchExtension(dir, 'naive-extension', call(markEveryForm, forms, highlightName('place')))) }),
  };
  const { withExt, without } = sessions;
  try {
    // SIYAQ_BENCH_PAGES=typical (or live) runs one page only.
    const only = process.env.SIYAQ_BENCH_PAGES;
    for (const [label, path] of [
      ['typical article', '/typical.html'],
      ['live blog', '/liveblog.html'],
    ] as const) {
      if (only && !label.startsWith(only)) continue;
      const coldWalk = await cpuSection(sessions, forms, label, server.origin + path, label === 'live blog' ? 3000 : 1000);
      const page = await openPage(withExt, server.origin + path);
      const { marksShownMs: shown, busyMs: busy, longestMs: longest } = await waitForSelfTiming(page);
      const walk = await bareWalk(page);
      const marks = (await readMarks(page)).length;
      console.log(
        `${label}: marks shown ${fmt(shown!)} ms after start (${marks} marks); Siyaq's own main-thread slices (timed in its world) ${fmt(busy)} ms = ${fmt(busy / coldWalk.page)}× the cold bare walk's median in the page's world, ${fmt(busy / coldWalk.isolated)}× in an isolated world, ${fmt(busy / walk)}× a warm one in the page's world (${fmt(walk, 2)} ms); longest task ${fmt(longest)} ms (target < 50)`,
      );
      const settle = (p: Page) => p.waitForTimeout(label === 'live blog' ? 4000 : 1000);
      const withSiyaq = await longTasksDuringLoad(withExt, server.origin + path, (p) =>
        waitForSelfTiming(p).then(() => settle(p)),
      );
      const plainPage = await longTasksDuringLoad(without, server.origin + path, settle);
      const whileSiyaqWorked = withSiyaq.tasks.filter((t) => t.start + t.duration > (withSiyaq.siyaqStart ?? Infinity));
      console.log(
        `${label}: long tasks (≥ 50 ms) once Siyaq started: ${describeTasks(whileSiyaqWorked)}; the page's own while loading: ${describeTasks(withSiyaq.tasks.filter((t) => !whileSiyaqWorked.includes(t)))} with the extension, ${describeTasks(plainPage.tasks)} without`,
      );
      const plain = await openPage(without, server.origin + path);
      if (label === 'live blog') await page.waitForTimeout(3000);
      const added = (await heapUsed(withExt, page)) - (await heapUsed(without, plain));
      console.log(`${label}: JS heap added ${fmt(added / 2 ** 20, 2)} MB against the page without Siyaq (target < 5 MB)`);
      await plain.close();
      if (label === 'typical article') await cardAndSidebar(page, withExt);
      if (label === 'live blog') await scrolling(withExt, without, server.origin + path);
      await page.close();
    }

    if (!only || only === 'storm') {
      const storm = await openPage(withExt, `${server.origin}/fixtures/storm.html?rate=200&seconds=10`);
      await storm.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
      await storm.waitForTimeout(500);
      const { busyMs: stormBusy, longestMs: stormLongest } = (await readSelfTiming(storm))!;
      const appended = await storm.evaluate(() => (window as unknown as { stormCount(): number }).stormCount());
      console.log(
        `storm: ${appended} paragraphs appended in 10 s; Siyaq main-thread ${fmt(stormBusy)} ms (${fmt((stormBusy / 10_000) * 100)}% of the 10 s); longest task ${fmt(stormLongest)} ms (target < 50)`,
      );
      await storm.close();
    }
  } finally {
    for (const session of Object.values(sessions)) await session.close();
    await server.close();
  }

  const content = readFileSync(join(root, 'dist/chromium/content.js'));
  console.log(`content script (loaded on every page): ${fmt(content.length / 1024)} KiB raw, ${fmt(gzipSync(content).length / 1024)} KiB gzip (target ≤ 40 KiB raw)`);
}

/** Asks the background for a change of settings, as the options page does. */
async function changeSettings(session: Session, patch: object): Promise<void> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.evaluate(
    (payload) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'settings/change', payload }),
    patch,
  );
  await options.close();
}

const SCREENS = 40;

/**
 * Scrolls a freshly loaded page down SCREENS screens, one every 50 ms as a quick reader's flicks
 * do, under a trace: the main thread's CPU and longest task, and how many marks were drawn before
 * and after (Siyaq draws a mark as the reader nears it).
 */
async function scrolled(session: Session, url: string): Promise<{ cpuMs: number; longestMs: number; before: number; after: number }> {
  const page = await openPage(session, url);
  if (session.extensionId) await waitForSelfTiming(page);
  await page.waitForTimeout(1000);
  const before = (await readMarks(page)).length;
  const screen = await page.evaluate(() => window.innerHeight);
  const cpu = await traceInPage(session, page, async () => {
    for (let i = 1; i <= SCREENS; i++) {
      await page.evaluate((y) => scrollTo(0, y), i * screen);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(500);
  });
  const after = (await readMarks(page)).length;
  await page.close();
  return { ...cpu, before, after };
}

/** Scrolling the live blog without Siyaq, and with it in first-mention and in every-mention mode. */
async function scrolling(withExt: Session, without: Session, url: string): Promise<void> {
  const plain = await scrolled(without, url);
  const first = await scrolled(withExt, url);
  await changeSettings(withExt, { markMode: 'every' });
  const every = await scrolled(withExt, url).finally(() => changeSettings(withExt, { markMode: 'first' }));
  const line = (s: typeof plain) => `${fmt(s.cpuMs)} ms (longest task ${fmt(s.longestMs)} ms; marks drawn ${s.before} → ${s.after})`;
  console.log(
    `live blog, scrolled ${SCREENS} screens in ${SCREENS * 50} ms, main-thread CPU: without Siyaq ${fmt(plain.cpuMs)} ms (longest task ${fmt(plain.longestMs)} ms); with it, first mentions ${line(first)}, every mention ${line(every)}`,
  );
}

/** Rests the pointer on marks and clicks them, reading Siyaq's own paint measures. */
async function cardAndSidebar(page: Page, session: Session): Promise<void> {
  // Names inside links follow the link on a click, as they should: not what is timed here.
  const texts = [...new Set((await readMarks(page)).filter((m) => !m.path.includes('A')).map((m) => m.text))].slice(0, 8);
  const cards: number[] = [];
  const sidebars: number[] = [];
  for (const text of texts) {
    await page.mouse.move(0, 0);
    await page.waitForTimeout(400);
    const before = await paintCount(page, 'card');
    const { x, y } = await markPoint(page, text);
    await page.mouse.move(x, y);
    cards.push(await painted(page, 'card', before));
    await page.keyboard.press('Escape');
    await hiddenFrame(page, 'card');
  }
  for (const text of texts) {
    const before = await paintCount(page, 'sidebar');
    const { x, y } = await markPoint(page, text);
    await page.mouse.click(x, y);
    sidebars.push(await painted(page, 'sidebar', before));
    await page.keyboard.press('Escape');
    await hiddenFrame(page, 'sidebar');
    // Past the double-click interval: the next click is a click of its own.
    await page.waitForTimeout(600);
  }
  // The least favourable case: the first thing the reader does on a fresh page is a click, with
  // no hover before it to load the frames.
  const fresh = await openPage(session, page.url());
  await waitForSelfTiming(fresh);
  const first = await markPoint(fresh, texts[0]!);
  await fresh.mouse.click(first.x, first.y);
  const cold = await painted(fresh, 'sidebar', 0);
  await fresh.close();
  console.log(
    `card: pointer rest (after the dwell) to card painted, median ${fmt(median(cards))} ms, max ${fmt(Math.max(...cards))} ms over ${cards.length} marks (target < 16); the page's first card, its module and frame loaded by that hover: ${fmt(cards[0]!)} ms (target ≤ 30)`,
  );
  console.log(
    `sidebar: click to sidebar painted with passages, median ${fmt(median(sidebars))} ms, max ${fmt(Math.max(...sidebars))} ms over ${sidebars.length} marks (target < 100); a first click on a fresh page, frame loaded cold: ${fmt(cold)} ms`,
  );
}
