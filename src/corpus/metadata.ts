/**
 * Reads and validates seeds/articles.json: the facts about each article that the text cannot
 * give (where it starts and ends, title, outlet, date and how sure that date is).
 */
import { parseJsonWithLines, type JsonPath } from './json-lines';
import type { ArticleMeta, LinePoint } from './types';

export const METADATA_VERSION = 1;

export interface Metadata {
  articles: ArticleMeta[];
  /** `FILE:LINE` prefix for a field of article `index`, for errors found later against seeds. */
  where(index: number, ...field: (string | number)[]): string;
}

const ARTICLE_FIELDS = new Set([
  'id', 'file', 'start', 'end', 'titleLine', 'title', 'outlet', 'byline', 'dateline', 'date',
  'dateStatus', 'dateRange', 'dateEvidence', 'datePrinted', 'boilerplateLines',
]);

export function parseMetadata(jsonText: string, file: string): Metadata {
  const { value, lineOf } = parseJsonWithLines(jsonText, file);
  const where = (path: JsonPath): string => `${file}:${lineOf(path)}`;
  const fail = (path: JsonPath, problem: string): never => {
    throw new Error(`${where(path)}: ${problem}`);
  };

  const root = asObject(value, [], fail);
  unknownFields(root, new Set(['version', 'articles']), [], fail);
  if (root.version !== METADATA_VERSION) fail(['version'], `version must be ${METADATA_VERSION}`);
  if (!Array.isArray(root.articles) || root.articles.length === 0) fail(['articles'], 'articles must be a non-empty array');

  const ids = new Set<string>();
  const articles = (root.articles as unknown[]).map((raw, i) => {
    const at = (...f: (string | number)[]): JsonPath => ['articles', i, ...f];
    const o = asObject(raw, at(), fail);
    unknownFields(o, ARTICLE_FIELDS, at(), fail);
    const str = (f: string, optional = false): string | undefined => {
      if (o[f] === undefined && optional) return undefined;
      if (typeof o[f] !== 'string' || (o[f] as string).trim() === '') fail(at(f), `${f} must be a non-empty string`);
      return o[f] as string;
    };
    const id = str('id')!;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) fail(at('id'), `id "${id}" must be lowercase ASCII words joined by dashes`);
    if (ids.has(id)) fail(at('id'), `duplicate article id "${id}"`);
    ids.add(id);

    const date = isoDate(o.date, at('date'), fail);
    const dateStatus = o.dateStatus;
    if (dateStatus !== 'printed' && dateStatus !== 'inferred') fail(at('dateStatus'), 'dateStatus must be "printed" or "inferred"');
    const meta: ArticleMeta = {
      id,
      file: str('file')!,
      start: linePoint(o.start, at('start'), fail),
      end: linePoint(o.end, at('end'), fail),
      title: str('title')!,
      outlet: o.outlet === null ? null : str('outlet')!,
      date,
      dateStatus: dateStatus as ArticleMeta['dateStatus'],
    };
    if (o.titleLine !== undefined) meta.titleLine = lineNumber(o.titleLine, at('titleLine'), fail);
    for (const f of ['byline', 'dateline', 'dateEvidence'] as const) {
      const v = str(f, true);
      if (v !== undefined) meta[f] = v;
    }
    if (meta.dateStatus === 'inferred') {
      if (meta.dateEvidence === undefined) fail(at('dateStatus'), 'an inferred date needs dateEvidence');
      if (o.datePrinted !== undefined) fail(at('datePrinted'), 'an inferred date cannot have datePrinted');
    } else {
      const p = asObject(o.datePrinted, at('datePrinted'), fail);
      unknownFields(p, new Set(['line', 'text']), at('datePrinted'), fail);
      if (typeof p.text !== 'string' || p.text === '') fail(at('datePrinted', 'text'), 'datePrinted.text must be a non-empty string');
      meta.datePrinted = { line: lineNumber(p.line, at('datePrinted', 'line'), fail), text: p.text as string };
    }
    if (o.dateRange !== undefined) {
      const r = o.dateRange;
      if (!Array.isArray(r) || r.length !== 2) return fail(at('dateRange'), 'dateRange must be [from, to]');
      const range: [string, string] = [isoDate(r[0], at('dateRange', 0), fail), isoDate(r[1], at('dateRange', 1), fail)];
      if (!(range[0] <= date && date <= range[1])) fail(at('dateRange'), `date ${date} lies outside dateRange ${range[0]}..${range[1]}`);
      meta.dateRange = range;
    }
    if (o.boilerplateLines !== undefined) {
      if (!Array.isArray(o.boilerplateLines)) fail(at('boilerplateLines'), 'boilerplateLines must be an array of line numbers');
      meta.boilerplateLines = (o.boilerplateLines as unknown[]).map((n, k) => lineNumber(n, at('boilerplateLines', k), fail));
    }
    const { start, end } = meta;
    if (end.line < start.line) fail(at('end'), `end line ${end.line} comes before start line ${start.line}`);
    if (meta.titleLine !== undefined && (meta.titleLine < start.line || meta.titleLine > end.line)) {
      fail(at('titleLine'), `titleLine ${meta.titleLine} lies outside the article (lines ${start.line}-${end.line})`);
    }
    return meta;
  });

  return { articles, where: (i, ...field) => where(['articles', i, ...field]) };
}

type Fail = (path: JsonPath, problem: string) => never;

function asObject(v: unknown, path: JsonPath, fail: Fail): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
  return v as Record<string, unknown>;
}

function unknownFields(o: Record<string, unknown>, known: Set<string>, path: JsonPath, fail: Fail): void {
  for (const k of Object.keys(o)) if (!known.has(k)) fail([...path, k], `unknown field "${k}"`);
}

function lineNumber(v: unknown, path: JsonPath, fail: Fail): number {
  if (!Number.isInteger(v) || (v as number) < 1) fail(path, 'a line number must be a positive integer');
  return v as number;
}

function linePoint(v: unknown, path: JsonPath, fail: Fail): LinePoint {
  const o = asObject(v, path, fail);
  unknownFields(o, new Set(['line', 'marker']), path, fail);
  const point: LinePoint = { line: lineNumber(o.line, [...path, 'line'], fail) };
  if (o.marker !== undefined) {
    if (typeof o.marker !== 'string' || o.marker.trim() === '') fail([...path, 'marker'], 'marker must be a non-empty string');
    point.marker = o.marker as string;
  }
  return point;
}

/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). */
function isoDate(v: unknown, path: JsonPath, fail: Fail): string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return fail(path, `date ${JSON.stringify(v)} must be written YYYY-MM-DD`);
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (d.toISOString().slice(0, 10) !== v) fail(path, `date ${v as string} does not exist`);
  return v as string;
}
