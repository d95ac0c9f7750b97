/**
 * Compiles the bundled corpus (seeds/) into the data the extension ships: the corpus index the
 * background answers from. Building it validates every input, the catalogue the content script
 * bundles included: a malformed seed, metadata or catalogue file throws with its file and line,
 * which fails the build.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serialiseIndex } from '../../src/corpus/build-entry.ts';
import { OFFICES_FILE, parseOffices } from '../../src/corpus/offices-file.ts';
import { parseCatalogue } from '../../src/match/catalogue.ts';

export const INDEX_FILE = 'index.json';

export interface CompiledData {
  /** File name under data/ → contents. */
  files: Record<string, string>;
  report: string[];
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export async function compileData(root: string): Promise<CompiledData> {
  const started = performance.now();
  const { index, json, bytes, gzipBytes } = await serialiseIndex(root);
  const offices = await checkOffices(root);
  const ms = performance.now() - started;
  return {
    files: { [INDEX_FILE]: json },
    report: [
      `catalogue: ${index.entities.length} entities; ${OFFICES_FILE}: ${offices} offices`,
      `data/${INDEX_FILE}: ${kib(bytes)} (${kib(gzipBytes)} gzipped), built in ${ms.toFixed(0)} ms`,
    ],
  };
}

/**
 * Validates the dated offices against the catalogue and the seeds (the content script and the
 * background bundle the file itself); returns how many offices it holds.
 */
async function checkOffices(root: string): Promise<number> {
  const seedDir = join(root, 'seeds');
  const names = (await readdir(seedDir)).filter((f) => f.endsWith('.txt'));
  const seeds = new Map(await Promise.all(names.map(async (n) => [n, (await readFile(join(seedDir, n), 'utf8')).split('\n').length] as const)));
  const catalogue = parseCatalogue(await readFile(join(root, 'seeds/catalogue.json'), 'utf8'), 'seeds/catalogue.json');
  return parseOffices(await readFile(join(root, OFFICES_FILE), 'utf8'), OFFICES_FILE, catalogue, seeds).offices.length;
}
