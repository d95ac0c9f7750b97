/**
 * What scan makes from the project's TypeScript sources and keeps between runs (the count
 * worker's bundle, the compiled catalogue), each kept with a hash of every source it came from and
 * made again when one of them differs. Hashes, not times: two checkouts sharing one node_modules
 * (a worktree) would otherwise use what the other's sources made.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** Where the kept files live. */
export const CACHE_DIR = join(root, 'node_modules', '.cache', 'siyaq');

/** Source file (relative to the project) → hash of its content. */
export type Sources = Record<string, string>;

export const digest = (bytes: string | Uint8Array): string => createHash('sha1').update(bytes).digest('hex');

/** The hash of a file of the project, named relative to its root. */
export const sourceHash = (file: string): string => digest(readFileSync(join(root, file)));

/** Whether every source is as it was when the kept file was made (a source gone is a change). */
export function unchanged(sources: Sources): boolean {
  try {
    return Object.entries(sources).every(([file, hash]) => sourceHash(file) === hash);
  } catch {
    return false;
  }
}

/**
 * The code of `entries` (relative to the project's root, or absolute) bundled by esbuild for Node (the first entry's, as one file), and every
 * source they came from. esbuild is loaded only here, on a miss: a run that finds what it keeps
 * never pays for it.
 */
export function bundle(...entries: string[]): { code: string; sources: Sources } {
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const out = buildSync({ entryPoints: entries, absWorkingDir: root, outdir: CACHE_DIR, bundle: true, write: false, metafile: true, format: 'cjs', platform: 'node', logLevel: 'silent' });
  const sources = Object.fromEntries(Object.keys(out.metafile.inputs).map((file) => [file, sourceHash(file)]));
  return { code: out.outputFiles[0]!.text, sources };
}

/**
 * Writes a kept file whole or not at all: two scans at once may both write it, and a reader must
 * never see half of one. A read-only checkout keeps nothing, and makes it again on every run.
 */
export function keep(file: string, data: string | Uint8Array): void {
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch {
    // Nothing kept; the next run makes it again.
  }
}
