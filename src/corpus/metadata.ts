/**
 * Reads and validates seeds/articles.json: the facts about each article that the text cannot
 * give (where it starts and ends, title, outlet, date and how sure that date is).
 */
import * as v from 'valibot';
import { JsonFile, jsonObject, nonEmptyString, type JsonPath } from '../json/json-file';
import type { ArticleMeta } from './types';

export const METADATA_VERSION = 1;

export interface Metadata {
  articles: ArticleMeta[];
  /** `FILE:LINE` prefix for a field of article `index`, for errors found later against seeds. */
  where(index: number, ...field: (string | number)[]): string;
}

const text = (field: string) => nonEmptyString(`${field} must be a non-empty string`);

const LINE = 'a line number must be a positive integer';
const lineNumber = v.pipe(v.number(LINE), v.integer(LINE), v.minValue(1, LINE));

const linePoint = jsonObject({ line: lineNumber, marker: v.optional(text('marker')) });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written YYYY-MM-DD (2024-02-30 is refused). */
export const isoDate = v.pipe(
  v.string((issue) => `date ${JSON.stringify(issue.input)} must be written YYYY-MM-DD`),
  v.regex(DATE, (issue) => `date ${JSON.stringify(issue.input)} must be written YYYY-MM-DD`),
  // valibot runs the whole pipe: a date the pattern refused is not checked again.
  v.check((date) => {
    const [y, m, d] = date.split('-').map(Number);
    return !DATE.test(date) || new Date(Date.UTC(y!, m! - 1, d!)).toISOString().slice(0, 10) === date;
  }, (issue) => `date ${String(issue.input)} does not exist`),
);

const articleSchema = jsonObject({
  id: v.pipe(text('id'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, (issue) => `id "${String(issue.input)}" must be lowercase ASCII words joined by dashes`)),
  file: text('file'),
  start: linePoint,
  end: linePoint,
  titleLine: v.optional(lineNumber),
  title: text('title'),
  outlet: v.nullable(text('outlet')),
  byline: v.optional(text('byline')),
  dateline: v.optional(text('dateline')),
  date: isoDate,
  dateStatus: v.picklist(['printed', 'inferred'], 'dateStatus must be "printed" or "inferred"'),
  dateRange: v.optional(v.strictTuple([isoDate, isoDate], 'dateRange must be [from, to]')),
  dateEvidence: v.optional(text('dateEvidence')),
  datePrinted: v.optional(jsonObject({ line: lineNumber, text: text('datePrinted.text') })),
  boilerplateLines: v.optional(v.array(lineNumber, 'boilerplateLines must be an array of line numbers')),
});

const ARTICLES = 'articles must be a non-empty array';
const metadataSchema = jsonObject({
  version: v.literal(METADATA_VERSION, `version must be ${METADATA_VERSION}`),
  articles: v.pipe(v.array(articleSchema, ARTICLES), v.minLength(1, ARTICLES)),
});

export function parseMetadata(jsonText: string, file: string): Metadata {
  const json = JsonFile.parse(jsonText, file);
  const articles: ArticleMeta[] = json.check(metadataSchema).articles;

  // The rules about more than one field.
  const ids = new Set<string>();
  articles.forEach((meta, i) => {
    const at = (...field: (string | number)[]): JsonPath => ['articles', i, ...field];
    if (ids.has(meta.id)) json.fail(at('id'), `duplicate article id "${meta.id}"`);
    ids.add(meta.id);
    if (meta.dateStatus === 'inferred') {
      if (meta.dateEvidence === undefined) json.fail(at('dateStatus'), 'an inferred date needs dateEvidence');
      if (meta.datePrinted !== undefined) json.fail(at('datePrinted'), 'an inferred date cannot have datePrinted');
    } else if (meta.datePrinted === undefined) json.fail(at('datePrinted'), 'a printed date needs datePrinted');
    const { date, dateRange: range } = meta;
    if (range && !(range[0] <= date && date <= range[1])) json.fail(at('dateRange'), `date ${date} lies outside dateRange ${range[0]}..${range[1]}`);
    const { start, end } = meta;
    if (end.line < start.line) json.fail(at('end'), `end line ${end.line} comes before start line ${start.line}`);
    if (meta.titleLine !== undefined && (meta.titleLine < start.line || meta.titleLine > end.line)) {
      json.fail(at('titleLine'), `titleLine ${meta.titleLine} lies outside the article (lines ${start.line}-${end.line})`);
    }
  });

  return { articles, where: (i, ...field) => `${file}:${json.lineOf(['articles', i, ...field])}` };
}
