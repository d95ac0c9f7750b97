/**
 * The store packages: the stores' build (no source maps) into a folder of its own, so that
 * packaging never replaces the dist/ the tests and `npm start` load, then one zip per browser
 * made by web-ext.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BROWSERS, type Browser } from './manifest.ts';
import { runBuild } from './run-build.ts';

const root = resolve(import.meta.dirname, '../..');
export const WEB_EXT = join(root, 'node_modules/.bin/web-ext');

export function run(command: string, args: string[], quiet = false): void {
  const result = spawnSync(command, args, { cwd: root, stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed${quiet ? `: ${result.stderr}` : ''}`);
}

export interface Packages {
  /** The unpacked store build of each browser. */
  builds: Record<Browser, string>;
  zips: Record<Browser, string>;
}

/** Builds for the stores into `buildDir` and writes siyaq-<browser>-<version>.zip into `zipDir`. */
export function packageExtension(buildDir: string, zipDir: string, quiet = false): Packages {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  runBuild({ store: true, outDir: buildDir });
  const out = { builds: {}, zips: {} } as Packages;
  for (const browser of BROWSERS) {
    out.builds[browser] = join(buildDir, browser);
    out.zips[browser] = join(zipDir, `siyaq-${browser}-${version}.zip`);
    run(WEB_EXT, ['build', '--source-dir', out.builds[browser], '--artifacts-dir', zipDir, '--filename', `siyaq-${browser}-${version}.zip`, '--overwrite-dest'], quiet);
  }
  return out;
}
