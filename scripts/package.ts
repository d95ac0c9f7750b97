/**
 * `npm run package`: a fresh build for the stores in build/store (no source maps: the stores
 * need none, and they were most of each zip), then siyaq-chromium-<version>.zip and
 * siyaq-firefox-<version>.zip in the project folder, ready for the Chrome Web Store and
 * addons.mozilla.org, and web-ext lint on the Firefox one.
 */
import { join, resolve } from 'node:path';
import { packageExtension, run, WEB_EXT } from './lib/package.ts';

const root = resolve(import.meta.dirname, '..');

try {
  const { builds } = packageExtension(join(root, 'build/store'), root);
  run(WEB_EXT, ['lint', '--source-dir', builds.firefox]);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
