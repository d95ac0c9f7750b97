/**
 * Cuts one article out of its seed file using the metadata, checks the metadata against the
 * text (markers, title, printed date), drops page furniture and splits the rest into
 * paragraphs and sentences whose offsets point into the seed file.
 */
import { classifyLine } from './boilerplate';
import type { SeedLine } from './seed-lines';
import { splitSentences } from '../text/sentences';
import type { ArticleMeta, CleanArticle, LinePoint, Paragraph, Sentence } from './types';

/**
 * @param lines the seed file's lines (from seedLines)
 * @param where `FILE:LINE` of a metadata field, for errors
 */
export function cleanArticle(
  seedName: string,
  text: string,
  lines: SeedLine[],
  meta: ArticleMeta,
  where: (...field: string[]) => string,
): CleanArticle {
  const lineAt = (point: LinePoint, field: string): SeedLine => {
    const l = lines[point.line - 1];
    if (!l) throw new Error(`${where(field, 'line')}: ${field} line ${point.line} is past the end of ${seedName} (${lines.length} lines)`);
    return l;
  };
  const markerAt = (point: LinePoint, field: string, from: number): number | undefined => {
    if (point.marker === undefined) return undefined;
    const l = lineAt(point, field);
    const col = text.slice(l.start, l.end).indexOf(point.marker, Math.max(0, from - l.start));
    if (col < 0) throw new Error(`${where(field, 'marker')}: ${field} marker "${point.marker}" does not occur on ${seedName}:${point.line}`);
    return l.start + col;
  };

  const startLine = lineAt(meta.start, 'start');
  const start = markerAt(meta.start, 'start', startLine.start) ?? startLine.start;
  const endLine = lineAt(meta.end, 'end');
  const endMarker = markerAt(meta.end, 'end', endLine === startLine ? start : endLine.start);
  const end = endMarker === undefined ? endLine.end : endMarker + meta.end.marker!.length;
  if (text.slice(start, end).trim() === '') throw new Error(`${where('start')}: the article is empty (${seedName}:${meta.start.line})`);

  const clip = (l: SeedLine): { from: number; body: string } => {
    const from = Math.max(l.start, start);
    const raw = text.slice(from, Math.min(l.end, end));
    const lead = raw.length - raw.trimStart().length;
    return { from: from + lead, body: raw.trim() };
  };

  if (meta.titleLine !== undefined) {
    const printed = clip(lines[meta.titleLine - 1]!).body;
    if (printed !== meta.title) {
      throw new Error(`${seedName}:${meta.titleLine}: title line reads "${printed}" but ${where('title')} says "${meta.title}"`);
    }
  }
  if (meta.datePrinted) {
    const l = lineAt(meta.datePrinted, 'datePrinted');
    if (!l.text.includes(meta.datePrinted.text)) {
      throw new Error(`${where('datePrinted', 'text')}: "${meta.datePrinted.text}" is not printed on ${seedName}:${l.line}`);
    }
  }

  const furniture = new Set(meta.boilerplateLines ?? []);
  for (const n of furniture) {
    if (n < meta.start.line || n > meta.end.line) throw new Error(`${where('boilerplateLines')}: line ${n} lies outside the article`);
  }
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const l of lines.slice(meta.start.line - 1, meta.end.line)) {
    const { from, body } = clip(l);
    if (body === '' || l.line === meta.titleLine || furniture.has(l.line)) continue;
    const kind = classifyLine(body, meta);
    if (kind === 'boilerplate') continue;
    paragraphs.push({ kind, start: from, end: from + body.length, text: body });
    if (kind === 'text') {
      for (const s of splitSentences(body, from)) sentences.push({ ...s, text: text.slice(s.start, s.end) });
    }
  }
  if (sentences.length === 0) throw new Error(`${where('start')}: no article text between ${seedName}:${meta.start.line} and ${meta.end.line}`);

  const article: CleanArticle = {
    id: meta.id,
    file: meta.file,
    title: meta.title,
    titleStatus: meta.titleLine === undefined ? 'supplied' : 'printed',
    outlet: meta.outlet,
    date: meta.date,
    dateStatus: meta.dateStatus,
    paragraphs,
    sentences,
  };
  if (meta.dateEvidence !== undefined) article.dateEvidence = meta.dateEvidence;
  return article;
}
