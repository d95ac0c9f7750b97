/**
 * Runs `scripts/build.ts` as its own process, as `npm run build` would, for the scripts and the
 * tests that need a built extension first. Throws when the build fails; its output is the user's.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** `store`: the stores' build, without source maps; `outDir`: where, in place of dist/. */
export function runBuild(options: { ifStale?: boolean; store?: boolean; outDir?: string } = {}): void {
  const args = [
    '--import', 'tsx', join(root, 'scripts/build.ts'),
    ...(options.ifStale ? ['--if-stale'] : []),
    ...(options.store ? ['--store'] : []),
    ...(options.outDir ? ['--out', options.outDir] : []),
  ];
  const build = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed; see its output above');
}
