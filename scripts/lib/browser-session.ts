/**
 * Launches Debian's Chromium with the built extension (or without it, for comparisons), and
 * records every request and every error; shared by the browser tests and the benchmarks.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, QUIET_ARGS, extensionArgs } from './chromium.ts';

export const EXTENSION_DIR = join(resolve(import.meta.dirname, '../..'), 'dist/chromium');

export interface Session {
  context: BrowserContext;
  /** Present when launched with the extension. */
  extensionId?: string;
  /**
   * Where the extension's own files are fetched from: its origin, and the per-session origin
   * (use_dynamic_url) through which pages reach its web-accessible files.
   */
  extensionOrigins?: string[];
  worker?: Worker;
  requests: string[];
  errors: string[];
  profileDir: string;
  close(): Promise<void>;
}

/** `args`: more Chromium flags (a host resolver rule, say). */
export async function launch(opts: { extension: boolean; profileDir?: string; args?: string[] } = { extension: true }): Promise<Session> {
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'siyaq-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', ...QUIET_ARGS, ...(opts.extension ? extensionArgs(EXTENSION_DIR) : []), ...(opts.args ?? [])],
    locale: 'ar',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  context.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  context.on('weberror', (err) => errors.push(`page: ${err.error().message}`));

  const session: Session = {
    context,
    requests,
    errors,
    profileDir,
    async close() {
      await context.close();
      if (!opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
  if (opts.extension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    worker.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`service worker: ${msg.text()}`);
    });
    session.worker = worker;
    session.extensionId = new URL(worker.url()).host;
    const dynamic = await worker.evaluate(() => new URL((globalThis as unknown as { chrome: { runtime: { getURL(p: string): string } } }).chrome.runtime.getURL('card.html')).origin);
    session.extensionOrigins = [`chrome-extension://${session.extensionId}`, dynamic];
  }
  return session;
}

/** Whether a request went to the extension's own files. */
export const isOwnFile = (session: Session, url: string): boolean => (session.extensionOrigins ?? []).some((origin) => url.startsWith(`${origin}/`));

/** Opens a page and waits until the content script has had its chance to run. */
export async function openPage(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // document_idle content scripts run right after load; one idle round trip lets them settle.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(null), { timeout: 500 })));
  return page;
}

