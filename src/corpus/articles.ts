/**
 * Seed files + seeds/articles.json → the clean articles of the corpus, in metadata order.
 */
import { cleanArticle } from './clean';
import { parseMetadata } from './metadata';
import { seedLines, type SeedLine } from './seed-lines';
import type { CleanArticle } from './types';

export const METADATA_FILE = 'seeds/articles.json';

export interface SeedFile {
  /** File name as the metadata gives it (a leading "seeds/" is ignored). */
  name: string;
  text: string;
}

export interface LoadedArticles {
  articles: CleanArticle[];
  /** The seed texts by file name, which the offsets point into. */
  texts: Map<string, string>;
}

export function loadArticles(seedFiles: SeedFile[], metadataJson: string): LoadedArticles {
  const meta = parseMetadata(metadataJson, METADATA_FILE);
  const texts = new Map(seedFiles.map((f) => [f.name.replace(/^seeds\//, ''), f.text]));
  const lines = new Map<string, SeedLine[]>();
  const articles = meta.articles.map((m, i) => {
    const text = texts.get(m.file);
    if (text === undefined) throw new Error(`${meta.where(i, 'file')}: no seed file named "${m.file}"`);
    const seedName = `seeds/${m.file}`;
    if (!lines.has(m.file)) lines.set(m.file, seedLines(seedName, text));
    return cleanArticle(seedName, text, lines.get(m.file)!, m, (...f) => meta.where(i, ...f));
  });
  // Two articles of one file must not share text, or passages would be counted twice.
  articles.forEach((a, i) => {
    const prev = articles.slice(0, i).find((b) => b.file === a.file && overlaps(a, b));
    if (prev) throw new Error(`${meta.where(i, 'start')}: article "${a.id}" overlaps article "${prev.id}" in ${a.file}`);
  });
  return { articles, texts };
}

function overlaps(a: CleanArticle, b: CleanArticle): boolean {
  const span = (x: CleanArticle): [number, number] => [x.paragraphs[0]!.start, x.paragraphs.at(-1)!.end];
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 < b1 && b0 < a1;
}
