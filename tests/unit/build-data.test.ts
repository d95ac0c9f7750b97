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
    const index = JSON.parse(data.files[INDEX_FILE] as string);
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

  it('names the catalogue line of a wrong type deep inside an entity', async () => {
    const text = readFileSync(join(ROOT, 'seeds/catalogue.json'), 'utf8');
    const at = text.lastIndexOf('"kind": "surname"');
    const line = text.slice(0, at).split('\n').length;
    const root = rootWith('catalogue.json', (t) => `${t.slice(0, at)}"kind": ["surname"]${t.slice(at + '"kind": "surname"'.length)}`);
    await expect(compileData(root)).rejects.toThrow(new RegExp(`^seeds/catalogue\\.json:${line}: form ".+" of ".+" has unknown kind \\["surname"\\]`));
  });

  it('names the catalogue file and line of broken JSON', async () => {
    const root = rootWith('catalogue.json', (t) => t.replace(/\n/, '\n,,\n'));
    await expect(compileData(root)).rejects.toThrow(/^seeds\/catalogue\.json:2: /);
  });

  // The dated offices: each fault a reviewer would miss, at its line.
  const officesText = readFileSync(join(ROOT, 'seeds/offices.json'), 'utf8');
  const lineOf = (needle: string, from = 0): number => officesText.slice(0, officesText.indexOf(needle, from)).split('\n').length;
  it.each<[string, (t: string) => string, number, RegExp]>([
    [
      'an end before its start',
      (t) => t.replace('"end": "2024-11-07"', '"end": "2021-11-07"'),
      lineOf('"end": "2024-11-07"'),
      /term of "gallant" ends 2021-11-07, not after it starts 2022-12-29/,
    ],
    [
      'overlapping terms for one office',
      (t) => t.replace('"start": "2024-11-07"', '"start": "2024-06-01"'),
      lineOf('"start": "2024-11-07"'),
      /term of "katz" from 2024-06-01 overlaps "gallant"'s 2022-12-29..2024-11-07 in office "israel-defence-minister"/,
    ],
    // A missing field has no line of its own: the term's opening brace, the line before its person.
    ['a source missing', (t) => t.replace(/,\s*"source": \{\s*"reference": "Israel Ministry of Defense, “Israel Katz[^}]*\}/, ''), lineOf('"person": "katz"', officesText.indexOf('israel-defence-minister')) - 1, /source/],
    ['a seed line that does not exist', (t) => t.replace('"line": 35', '"line": 3500'), lineOf('"line": 35'), /000_719626b915ac518a\.txt has \d+ lines, not 3500/],
    ['a holder the catalogue lacks', (t) => t.replace('"person": "rubio"', '"person": "rubiio"'), lineOf('"person": "rubio"'), /"rubiio" is not a person of the catalogue/],
  ])('names the offices file and line of %s', async (_, edit, line, message) => {
    const root = rootWith('offices.json', edit);
    await expect(compileData(root)).rejects.toThrow(new RegExp(`^seeds/offices\\.json:${line}: .*${message.source}`));
  });

  it('names the metadata file and line of a bad date', async () => {
    const text = readFileSync(join(ROOT, 'seeds/articles.json'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('"date": "2024-07-08"')) + 1;
    const root = rootWith('articles.json', (t) => t.replace('"date": "2024-07-08"', '"date": "2024-13-08"'));
    await expect(compileData(root)).rejects.toThrow(new RegExp(`^seeds/articles\\.json:${line}: `));
  });

  it('names the metadata line of a wrong type inside an article', async () => {
    const text = readFileSync(join(ROOT, 'seeds/articles.json'), 'utf8');
    const at = text.lastIndexOf('"titleLine": ');
    const line = text.slice(0, at).split('\n').length;
    const root = rootWith('articles.json', (t) => `${t.slice(0, at)}"titleLine": true,${t.slice(t.indexOf(',', at) + 1)}`);
    await expect(compileData(root)).rejects.toThrow(new RegExp(`^seeds/articles\\.json:${line}: a line number must be a positive integer$`));
  });

  it('names a seed file whose bytes were damaged', async () => {
    const root = rootWith('003_089047fdd85d018b.txt', (t) => t.replace('كيربي', 'كير\uFFFDبي'));
    await expect(compileData(root)).rejects.toThrow(/003_089047fdd85d018b\.txt:\d+: /);
  });
});
