/**
 * `npm run package`: a fresh production build, then siyaq-chromium-<version>.zip and
 * siyaq-firefox-<version>.zip in the project folder, ready for the Chrome Web Store and
 * addons.mozilla.org (with their source maps, which the bundles reference), and web-ext lint on
 * the Firefox one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BROWSERS } from './lib/manifest.ts';
import { runBuild } from './lib/run-build.ts';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const webExt = join(root, 'node_modules/.bin/web-ext');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  runBuild();
} catch {
  process.exit(1);
}
for (const browser of BROWSERS) {
  run(webExt, [
    'build',
    '--source-dir', `dist/${browser}`,
    '--artifacts-dir', '.',
    '--filename', `siyaq-${browser}-${version}.zip`,
    '--overwrite-dest',
  ]);
}
run(webExt, ['lint', '--source-dir', 'dist/firefox']);
