/**
 * Compiles the bundled corpus (seeds/) into the data the extension ships: the corpus index the
 * background answers from. Building it validates every input, the catalogue the content script
 * bundles included: a malformed seed, metadata or catalogue file throws with its file and line,
 * which fails the build.
 */
import { serialiseIndex } from '../../src/corpus/build-entry.ts';

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
  const ms = performance.now() - started;
  return {
    files: { [INDEX_FILE]: json },
    report: [
      `catalogue: ${index.entities.length} entities`,
      `data/${INDEX_FILE}: ${kib(bytes)} (${kib(gzipBytes)} gzipped), built in ${ms.toFixed(0)} ms`,
    ],
  };
}
