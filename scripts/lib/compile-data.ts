/**
 * Compiles the bundled corpus (seeds/) into the data the extension ships: the catalogue is
 * validated (the content script bundles it as it is) and the seeds become the corpus index the
 * background answers from. A malformed seed, metadata or catalogue file throws with its file and
 * line, which fails the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseCatalogue } from '../../src/match/catalogue.ts';
import { CATALOGUE_FILE } from '../../src/corpus/build-index.ts';
import { buildIndexFromRepo } from '../../src/corpus/build-entry.ts';

export const INDEX_FILE = 'index.json';

export interface CompiledData {
  /** File name under data/ → contents. */
  files: Record<string, string>;
  report: string[];
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export async function compileData(root: string): Promise<CompiledData> {
  const catalogue = parseCatalogue(readFileSync(join(root, CATALOGUE_FILE), 'utf8'), CATALOGUE_FILE);
  const started = performance.now();
  const index = JSON.stringify(await buildIndexFromRepo(root));
  const ms = performance.now() - started;
  return {
    files: { [INDEX_FILE]: index },
    report: [
      `catalogue: ${catalogue.entities.length} entities`,
      `data/${INDEX_FILE}: ${kib(Buffer.byteLength(index))} (${kib(gzipSync(index).length)} gzipped), built in ${ms.toFixed(0)} ms`,
    ],
  };
}
