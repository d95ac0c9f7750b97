/**
 * The build's data step on real and broken inputs: it compiles the shipped seeds, and a malformed
 * catalogue, metadata or seed file fails it with the file and the line.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileData, INDEX_FILE } from '../../scripts/lib/compile-data';

const ROOT = resolve(import.meta.dirname, '../..');

/** A copy of the repository's seeds/ in a scratch root, with one file edited. */
function rootWith(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'siyaq-seeds-'));
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  const path = join(root, 'seeds', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

describe('build data', () => {
  it('compiles the shipped seeds into a versioned index', async () => {
    const data = await compileData(ROOT);
    const index = JSON.parse(data.files[INDEX_FILE]!);
    expect(index).toMatchObject({ format: 'siyaq-corpus', version: 3 });
    expect(index.articles).toHaveLength(6);
    const entities = JSON.parse(readFileSync(join(ROOT, 'seeds/catalogue.json'), 'utf8')).entities.length;
    expect(data.report.join('\n')).toMatch(new RegExp(`${entities} entities[\\s\\S]*KiB \\(\\d+\\.\\d KiB gzipped\\)`));
  });

  it('names the catalogue file and line of a malformed entry', async () => {
    const text = readFileSync(join(ROOT, 'seeds/catalogue.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('"type": "person"')) + 1;
    const root = rootWith('catalogue.json', (t) => t.replace('"type": "person"', '"type": "celebrity"'));
    await expect(compileData(root)).rejects.toThrow(new RegExp(`^seeds/catalogue\\.json:${line}: .*celebrity`));
  });

  it('names the catalogue file and line of broken JSON', async () => {
    const root = rootWith('catalogue.json', (t) => t.replace(/\n/, '\n,,\n'));
    await expect(compileData(root)).rejects.toThrow(/^seeds\/catalogue\.json:2: /);
  });

  it('names the metadata file and line of a bad date', async () => {
    const text = readFileSync(join(ROOT, 'seeds/articles.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('"date": "2024-07-08"')) + 1;
    const root = rootWith('articles.json', (t) => t.replace('"date": "2024-07-08"', '"date": "2024-13-08"'));
    await expect(compileData(root)).rejects.toThrow(new RegExp(`^seeds/articles\\.json:${line}: `));
  });

  it('names a seed file whose bytes were damaged', async () => {
    const root = rootWith('003_089047fdd85d018b.txt', (t) => t.replace('كيربي', 'كير\uFFFDبي'));
    await expect(compileData(root)).rejects.toThrow(/003_089047fdd85d018b\.txt:\d+: /);
  });
});
