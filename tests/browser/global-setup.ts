/** Before any browser test: Chromium and Firefox ESR must be there (never downloaded), and dist/ must be fresh. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { assertChromium } from '../../scripts/lib/chromium';
import { assertFirefox } from '../../scripts/lib/firefox';

export default function setup(): void {
  assertChromium();
  assertFirefox();
  const root = resolve(import.meta.dirname, '../..');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed; see its output above');
}
