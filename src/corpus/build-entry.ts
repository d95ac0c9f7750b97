/**
 * Build step: reads the seeds, metadata and catalogue from the repository, writes the corpus
 * index as JSON and reports its size. The only corpus module that touches Node APIs.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATALOGUE_FILE, buildIndex } from './build-index';
import { METADATA_FILE } from './articles';
import type { CorpusIndex } from '../index/format';

/** The index as the extension ships it (JSON), with its size raw and gzipped. */
export interface SerialisedIndex {
  index: CorpusIndex;
  json: string;
  bytes: number;
  gzipBytes: number;
}

export async function serialiseIndex(repoRoot: string): Promise<SerialisedIndex> {
  const index = await buildIndexFromRepo(repoRoot);
  const json = JSON.stringify(index);
  return { index, json, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length };
}

export async function writeIndex(repoRoot: string, outFile: string): Promise<{ bytes: number; gzipBytes: number }> {
  const { json, bytes, gzipBytes } = await serialiseIndex(repoRoot);
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, json);
  return { bytes, gzipBytes };
}

export async function buildIndexFromRepo(repoRoot: string): Promise<CorpusIndex> {
  const seedDir = join(repoRoot, 'seeds');
  const names = (await readdir(seedDir)).filter((f) => f.endsWith('.txt')).sort();
  const seeds = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(seedDir, name), 'utf8') })));
  const [metadata, catalogue] = await Promise.all([
    readFile(join(repoRoot, METADATA_FILE), 'utf8'),
    readFile(join(repoRoot, CATALOGUE_FILE), 'utf8'),
  ]);
  return buildIndex(seeds, metadata, catalogue);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = '.', out = 'dist/corpus-index.json'] = process.argv.slice(2);
  const { bytes, gzipBytes } = await writeIndex(root, out);
  console.log(`${out}: ${bytes} bytes, ${gzipBytes} gzipped`);
}
