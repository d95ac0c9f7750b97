/**
 * Compiles the bundled corpus (seeds/) into the data the extension ships: the corpus index the
 * background answers from, and the content script's compiled matchers, entities and offices.
 * Building them validates every input: a malformed seed, metadata, catalogue or offices file
 * throws with its file and line, which fails the build.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Offices } from '../../src/dated/offices.ts';
import type { Catalogue } from '../../src/match/catalogue-types.ts';
import { serialiseIndex } from '../../src/corpus/build-entry.ts';
import { OFFICES_FILE, parseOffices } from '../../src/corpus/offices-file.ts';
import { parseCatalogue } from '../../src/match/catalogue.ts';
import { buildContentData } from '../../src/match/data-build.ts';
import { DATA_FILE } from '../../src/match/data-file.ts';

export const INDEX_FILE = 'index.json';
const CONTENT_FILE = DATA_FILE.replace(/^data\//, '');

export interface CompiledData {
  /** File name under data/ → contents. */
  files: Record<string, string | Uint8Array>;
  report: string[];
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

export async function compileData(root: string): Promise<CompiledData> {
  const started = performance.now();
  const { index, json, bytes, gzipBytes } = await serialiseIndex(root);
  const { catalogue, offices } = await checkOffices(root);
  const content = buildContentData(catalogue, offices);
  const ms = performance.now() - started;
  return {
    files: { [INDEX_FILE]: json, [CONTENT_FILE]: content },
    report: [
      `catalogue: ${index.entities.length} entities; ${OFFICES_FILE}: ${offices.offices.length} offices`,
      `data/${INDEX_FILE}: ${kib(bytes)} (${kib(gzipBytes)} gzipped); ${DATA_FILE}: ${kib(content.length)} (${kib(gzipSync(content).length)} gzipped); built in ${ms.toFixed(0)} ms`,
    ],
  };
}

/**
 * Validates the dated offices against the catalogue and the seeds (the background bundles the
 * file itself); returns both, validated.
 */
async function checkOffices(root: string): Promise<{ catalogue: Catalogue; offices: Offices }> {
  const seedDir = join(root, 'seeds');
  const names = (await readdir(seedDir)).filter((f) => f.endsWith('.txt'));
  const seeds = new Map(await Promise.all(names.map(async (n) => [n, (await readFile(join(seedDir, n), 'utf8')).split('\n').length] as const)));
  const catalogue = parseCatalogue(await readFile(join(root, 'seeds/catalogue.json'), 'utf8'), 'seeds/catalogue.json');
  return { catalogue, offices: parseOffices(await readFile(join(root, OFFICES_FILE), 'utf8'), OFFICES_FILE, catalogue, seeds) };
}
