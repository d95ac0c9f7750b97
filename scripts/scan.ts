/**
 * `npm run scan -- FILE...`: the entities of seeds/catalogue.json found in text or HTML files,
 * one JSON object per line, or a table per file with --summary.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CatalogueError, parseCatalogue } from '../src/match/catalogue';
import type { CatalogueEntity } from '../src/match/catalogue-types';
import { compileMatcher } from '../src/match/matcher';
import { htmlDateEvidence, htmlToText, looksLikeHtml } from '../src/text/html-text';
import { isoDay, publicationDate } from '../src/text/publication-date';


const HELP = `Usage: npm run scan -- [--summary] [--date YYYY-MM-DD] FILE...

Finds the actors and events of seeds/catalogue.json in each FILE and prints one JSON object per
mention and line: {"file","start","end","text","id","type","ar","en","form","date","dateSource"}.

date is the file's publication date, which dated facts are read against: the --date given (for
every file), else what the file says as a news page does (an HTML file's meta tags, JSON-LD
datePublished, <time datetime> in the article; any file's dateline at the head of its text),
else today; dateSource says which (given, meta, json-ld, time, dateline, today).

start and end are UTF-16 offsets (end exclusive). For a plain-text file they index the file as
read with fs.readFileSync(file, 'utf8'). For an HTML file (.html, .htm, or starting with
<!doctype html> or <html>) they index its visible text: script, style, noscript and template
contents and tags dropped, whitespace collapsed, block elements as line breaks, entities decoded.

  --summary          print, per file, how often each entity is mentioned instead
  --date YYYY-MM-DD  the publication date of every file given
  --help             print this

A missing, binary (NUL bytes) or non-UTF-8 file is reported on stderr and skipped; the exit
status is then 1.`;

const root = resolve(import.meta.dirname, '..');

interface Input {
  file: string;
  /** The file as decoded: the page itself for HTML. */
  raw: string;
  html: boolean;
}

/** The file, decoded, or a one-line reason it cannot be scanned. */
function readInput(file: string): Input | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
  }
  if (bytes.includes(0)) return 'binary file (contains NUL bytes)';
  // Checked apart from decoding: the check is SIMD-fast, and the plain decode the fastest there is.
  if (!isUtf8(bytes)) return 'not valid UTF-8';
  const raw = bytes.toString('utf8');
  return { file, raw, html: looksLikeHtml(file, raw) };
}

/** What the engine reads of the file: an HTML page's visible text, or the text itself. */
const textOf = (input: Input): string => (input.html ? htmlToText(input.raw) : input.raw);

/** The date the file says it was published, if it says: only mention lines print it. */
const publishedOf = (input: Input): { date: string; source: string } | null =>
  publicationDate(input.html ? htmlDateEvidence(input.raw) : { meta: [], jsonLd: [], times: [], lead: input.raw });

function summary(file: string, counts: Map<string, number>, entities: Map<string, CatalogueEntity>): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const rows = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const width = Math.max(2, ...rows.map(([id]) => id.length));
  const lines = rows.map(([id, n]) => {
    const e = entities.get(id)!;
    return `  ${String(n).padStart(5)}  ${id.padEnd(width)}  ${e.type.padEnd(12)}  ${e.en} (${e.ar})`;
  });
  return `${file}: ${total} mentions of ${rows.length} entities\n${lines.join('\n')}\n`;
}

function main(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(HELP);
    return 0;
  }
  const dateAt = args.indexOf('--date');
  const givenDate = dateAt >= 0 ? args[dateAt + 1] : undefined;
  const rest = dateAt >= 0 ? args.filter((_, i) => i !== dateAt && i !== dateAt + 1) : args;
  const unknown = rest.filter((a) => a.startsWith('-') && a !== '--summary');
  const files = rest.filter((a) => !a.startsWith('-'));
  const usage = 'Usage: npm run scan -- [--summary] [--date YYYY-MM-DD] FILE...  (--help for more)';
  if (dateAt >= 0 && (givenDate === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(givenDate) || isoDay(givenDate) !== givenDate)) {
    console.error(`scan: --date wants a real date as YYYY-MM-DD, not ${givenDate ?? 'nothing'}`);
    console.error(usage);
    return 2;
  }
  if (unknown.length > 0 || files.length === 0) {
    console.error(unknown.length > 0 ? `scan: unknown option ${unknown[0]}` : 'scan: no files given');
    console.error(usage);
    return 2;
  }
  const today = new Date().toISOString().slice(0, 10);
  const cataloguePath = resolve(root, 'seeds', 'catalogue.json');
  const wantsSummary = rest.includes('--summary');
  let matcher;
  let entities;
  try {
    const catalogue = parseCatalogue(readFileSync(cataloguePath, 'utf8'), relative(process.cwd(), cataloguePath));
    matcher = compileMatcher(catalogue);
    entities = new Map(catalogue.entities.map((e) => [e.id, e]));
  } catch (err) {
    console.error(`scan: ${err instanceof CatalogueError ? err.message : `cannot read ${cataloguePath}: ${(err as Error).message}`}`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const input = readInput(file);
    if (typeof input === 'string') {
      console.error(`scan: ${file}: ${input}`);
      failed = true;
      continue;
    }
    if (wantsSummary) {
      process.stdout.write(summary(file, matcher.count(textOf(input)), entities));
      continue;
    }
    const mentions = matcher.scan(textOf(input));
    const { date, source } = givenDate ? { date: givenDate, source: 'given' } : (publishedOf(input) ?? { date: today, source: 'today' });
    const lines = mentions.map((m) => {
      const e = entities.get(m.id)!;
      return JSON.stringify({ file, start: m.start, end: m.end, text: m.text, id: m.id, type: e.type, ar: e.ar, en: e.en, form: m.form, date, dateSource: source });
    });
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
