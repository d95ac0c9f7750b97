/**
 * The walk in real Chromium: a block of inline content read whole (its textContent, its nodes
 * looked up later) must give what reading it element by element and node by node gives, on the
 * fixtures, the bench's pages and a page of every inline case the walk tells apart; the walk's
 * block text may differ only by whitespace-only text nodes ahead of a block's first word, which
 * its nodes then hold too.
 */
import { buildSync } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveBlog, typicalArticle } from '../../bench/lib/pages';
import type { ProbedBlock } from './lib/text-blocks-probe';
import { inNewWorld, launch, ROOT, serveHtml, startFixtureServer, type Session } from './harness';
import type { StaticServer } from '../../scripts/lib/static-server';

const probe = buildSync({ entryPoints: [join(ROOT, 'tests/browser/lib/text-blocks-probe.ts')], bundle: true, format: 'iife', write: false }).outputFiles[0]!.text;

/** Each block of the walk against the oracle's, as the rules above allow. */
function compare(walk: ProbedBlock[], oracle: ProbedBlock[]): void {
  expect(walk.map((b) => b.container)).toEqual(oracle.map((b) => b.container));
  walk.forEach((b, i) => {
    const o = oracle[i]!;
    const lead = b.text.length - o.text.length;
    expect(b.text.slice(lead)).toBe(o.text);
    expect(b.text.slice(0, lead).trim()).toBe('');
    const extra = b.nodes.length - o.nodes.length;
    expect(b.nodes.slice(extra)).toEqual(o.nodes);
    expect(b.starts.slice(extra)).toEqual(o.starts.map((s) => s + lead));
  });
}

describe('text blocks', () => {
  let server: StaticServer;
  let session: Session;
  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch({ extension: false });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function probePage(html: string | null, url: string, selector = 'body'): Promise<{ walk: ProbedBlock[]; oracle: ProbedBlock[] }> {
    const page = await session.context.newPage();
    if (html !== null) await serveHtml(page, url, html);
    await page.goto(url, { waitUntil: 'load' });
    // In a world of its own, as a content script runs: the hostile fixtures break the page's own
    // prototypes, and a strict CSP forbids the page a script tag.
    try {
      return await inNewWorld(page, probe, `probeBlocks(${JSON.stringify(selector)})`);
    } finally {
      await page.close();
    }
  }

  it('reads every inline case as the element-by-element walk does, reading whole what it can', async () => {
    const { walk, oracle } = await probePage(null, `${server.origin}/inline-blocks.html`, '#t');
    compare(walk, oracle);
    const texts = walk.map((b) => b.text.trim());
    // Skipped inline elements stay out; ones read through stay in; a <br> or an image parts the text.
    expect(texts).toContain('قال  بايدن');
    expect(texts).toContain('قال جو بايدن هنا');
    expect(texts).toEqual(expect.arrayContaining(['قال', 'بايدن', 'نص  بعد', 'نص ثابت بعد', 'نص  و بعد', 'نص  وظاهر بعد', 'نص  وملاحظة بعد']));
    expect(texts.some((t) => t.includes('مخفي') || t.includes('تحرير') || t.includes('شارك') || t.includes('ذو صلة') || t.includes('قائمة'))).toBe(false);
    // The whole-read blocks are most of them, and they include the ones with named inline elements.
    const whole = walk.filter((b) => b.whole).map((b) => b.text.trim());
    expect(whole).toEqual(expect.arrayContaining(['حماس وإسرائيل', 'قال جو بايدن هنا', 'نص يقسمه برنامج الصفحة', 'عنصر رابط']));
    expect(whole).not.toContain('قال  بايدن');
    // The split paragraph's nodes: the whitespace a script put first, the two halves, and no empty one.
    const split = walk.find((b) => b.text.trim() === 'نص يقسمه برنامج الصفحة')!;
    expect(split.nodes).toHaveLength(3);
    expect(split.text.startsWith('  ')).toBe(true);
  });

  it.each(readdirSync(join(ROOT, 'tests/fixtures')).filter((f) => f.endsWith('.html') && !f.startsWith('storm')))('%s', async (file) => {
    const { walk, oracle } = await probePage(null, `${server.origin}/${file}`);
    compare(walk, oracle);
  });

  it('reads the bench pages as before: the typical article and the live blog', async () => {
    for (const html of [typicalArticle(ROOT).html, liveBlog(ROOT, 512 * 1024, 2_000).html]) {
      const { walk, oracle } = await probePage(html, `${server.origin}/generated.html`);
      compare(walk, oracle);
      expect(walk.filter((b) => b.whole).length).toBeGreaterThan(walk.length / 2);
    }
  });
});
