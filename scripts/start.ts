/**
 * `npm start`: builds the extension, serves the demo news page on 127.0.0.1 and opens Debian's
 * Chromium on it with the extension loaded, in a fresh profile that is removed on exit.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_INSTALL_HINT, QUIET_ARGS, extensionArgs } from './lib/chromium.ts';
import { renderDemoPage } from './lib/demo-page.ts';
import { runBuild } from './lib/run-build.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, 'dist/chromium');

try {
  runBuild();
} catch {
  process.exit(1);
}

const demoDir = join(root, 'dist/demo');
mkdirSync(demoDir, { recursive: true });
writeFileSync(join(demoDir, 'index.html'), renderDemoPage(root));
const port = Number(process.env.SIYAQ_DEMO_PORT ?? 8377);
// A second `npm start`, or anything else on the port, should not stop the demo: take a free one.
const server = await serveStatic({ '/': demoDir }, port).catch(() => serveStatic({ '/': demoDir }, 0));
const url = `${server.origin}/`;
console.log(`demo page: ${url}`);

const manualSteps = [
  `To try it by hand: open chrome://extensions in Chromium, turn on Developer mode,`,
  `choose "Load unpacked" and pick ${extensionDir}, then open ${url}`,
  `(Firefox: about:debugging → This Firefox → Load Temporary Add-on → dist/firefox/manifest.json).`,
];

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay || !existsSync(CHROMIUM)) {
  console.log(
    !hasDisplay
      ? 'No display is available here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.'
      : `Chromium was not found at ${CHROMIUM}; ${CHROMIUM_INSTALL_HINT}`,
  );
  for (const line of manualSteps) console.log(line);
  console.log('The demo server keeps running until you press Ctrl-C.');
} else {
  const profile = mkdtempSync(join(tmpdir(), 'siyaq-demo-profile-'));
  // Chromium refuses to start its sandbox as root (a container, a CI machine); only there is it off.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = spawn(CHROMIUM, [`--user-data-dir=${profile}`, ...sandbox, ...QUIET_ARGS, ...extensionArgs(extensionDir), url], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  browser.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  browser.on('exit', (code) => {
    if (code) console.error(`Chromium exited with code ${code}:\n${errors.trim()}`);
    rmSync(profile, { recursive: true, force: true });
    void server.close().then(() => process.exit(0));
  });
  console.log('Chromium is open with Siyaq loaded; close it (or press Ctrl-C) to stop.');
}
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
