/**
 * `npm run scan -- FILE...`: the entities of seeds/catalogue.json found in text or HTML files,
 * one JSON object per line, or a table per file with --summary.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, read, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CatalogueError, parseCatalogue } from '../src/match/catalogue';
import type { CatalogueEntity } from '../src/match/catalogue-types';
import { compileTrie } from '../src/match/form-trie';
import { trieMatcher, type CountingMatcher } from '../src/match/matcher';
import { htmlDateEvidence, htmlToText, looksLikeHtml } from '../src/text/html-text';
import { isoDay, publicationDate } from '../src/text/publication-date';
import { paragraphCuts } from '../src/text/utf8-paragraphs';
import { CountPool, PARALLEL_BYTES } from './lib/count-pool';
import { keptCatalogue } from './lib/kept-trie';
import { decodeUtf8, PIECE_BYTES, utf8Pieces } from './lib/utf8-pieces';


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

// Enough of a file's start to tell an HTML page from text and to hold a text's dateline
// (publication-date.ts reads its first LEAD_CHARS, 600).
const HEAD_BYTES = 4096;

interface Input {
  file: string;
  /** The file's bytes, checked to be valid UTF-8, in memory a worker thread can read too. */
  bytes: Buffer;
  /** The file's start, decoded; a char cut at its end is left as U+FFFD, which is harmless. */
  head: string;
  /** An HTML page, decoded whole once; null for a text file, read a run of paragraphs at a time. */
  page: string | null;
}

/**
 * A file's bytes read straight into shared memory. The read is one job on libuv's thread pool,
 * so that it runs while this thread reads the catalogue and its trie (or compiles it): for the
 * 54 MB file of the engine bench it took 50-65 ms, a seventh of the whole scan. Only open and
 * stat, which take microseconds, wait here; a callback per step would each wait for this thread.
 */
function readShared(file: string): Promise<Buffer> {
  const fd = openSync(file, 'r');
  const fail = (err: unknown): never => {
    closeSync(fd);
    throw err;
  };
  let bytes: Buffer;
  try {
    bytes = Buffer.from(new SharedArrayBuffer(fstatSync(fd).size));
  } catch (err) {
    return fail(err);
  }
  return new Promise((resolve, reject) => {
    const from = (at: number): void =>
      read(fd, bytes, at, bytes.length - at, at, (err, n) => {
        if (err) return reject(err);
        if (n > 0 && at + n < bytes.length) return from(at + n);
        resolve(bytes.subarray(0, at + n));
      });
    from(0);
  }).then(
    (b) => (closeSync(fd), b as Buffer),
    fail,
  );
}

/** The file, checked, or a one-line reason it cannot be scanned. */
async function readInput(file: string): Promise<Input | string> {
  let bytes: Buffer;
  try {
    bytes = await readShared(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
  }
  if (bytes.includes(0)) return 'binary file (contains NUL bytes)';
  // Checked apart from decoding: the check is SIMD-fast, and the decode then needs no checks.
  if (!isUtf8(bytes)) return 'not valid UTF-8';
  const head = bytes.toString('utf8', 0, HEAD_BYTES);
  return { file, bytes, head, page: looksLikeHtml(file, head) ? decodeUtf8(bytes, 0, bytes.length) : null };
}

/**
 * What the engine reads of the file, in pieces scanned one by one: an HTML page's visible text
 * whole, or a text file a run of paragraphs at a time.
 */
const textsOf = (input: Input): Iterable<string> => (input.page !== null ? [htmlToText(input.page)] : utf8Pieces(input.bytes));

/** The date the file says it was published, if it says: only mention lines print it. */
const publishedOf = (input: Input): { date: string; source: string } | null =>
  publicationDate(input.page !== null ? htmlDateEvidence(input.page) : { meta: [], jsonLd: [], times: [], lead: input.head });

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

/** The mentions of each entity in the file; a big text file is counted on two threads. */
function countsOf(input: Input, matcher: CountingMatcher, pool: CountPool | undefined): Map<string, number> | Promise<Map<string, number>> {
  if (!pool || input.page !== null || input.bytes.length < PARALLEL_BYTES) return matcher.count(textsOf(input));
  const cuts = Int32Array.from(paragraphCuts(input.bytes, PIECE_BYTES));
  return pool.count(matcher, { bytes: input.bytes.buffer as SharedArrayBuffer, cuts, next: new SharedArrayBuffer(4) });
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

async function main(args: string[]): Promise<number> {
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
  // Started first, so that the worker boots while this thread reads the catalogue.
  const pool = wantsSummary && files.some((f) => sizeOf(f) >= PARALLEL_BYTES) ? CountPool.start() : undefined;
  // Each file is read while the one before it is counted, the first while the catalogue is read.
  let next = readInput(files[0]!);
  let matcher;
  let entities;
  try {
    const text = readFileSync(cataloguePath, 'utf8');
    const { catalogue, trie } = keptCatalogue(text, (t) => parseCatalogue(t, relative(process.cwd(), cataloguePath)), compileTrie);
    pool?.share(trie);
    matcher = trieMatcher(trie);
    entities = new Map(catalogue.entities.map((e) => [e.id, e]));
  } catch (err) {
    console.error(`scan: ${err instanceof CatalogueError ? err.message : `cannot read ${cataloguePath}: ${(err as Error).message}`}`);
    await pool?.close();
    return 2;
  }
  let failed = false;
  for (const [k, file] of files.entries()) {
    const input = await next;
    if (k + 1 < files.length) next = readInput(files[k + 1]!);
    if (typeof input === 'string') {
      console.error(`scan: ${file}: ${input}`);
      failed = true;
      continue;
    }
    if (wantsSummary) {
      process.stdout.write(summary(file, await countsOf(input, matcher, pool), entities));
      continue;
    }
    const { date, source } = givenDate ? { date: givenDate, source: 'given' } : (publishedOf(input) ?? { date: today, source: 'today' });
    // Offsets index the whole text: each piece's own are moved on by the pieces before it.
    let base = 0;
    for (const text of textsOf(input)) {
      const lines = matcher.scan(text).map((m) => {
        const e = entities.get(m.id)!;
        return JSON.stringify({ file, start: base + m.start, end: base + m.end, text: m.text, id: m.id, type: e.type, ar: e.ar, en: e.en, form: m.form, date, dateSource: source });
      });
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      base += text.length;
    }
  }
  await pool?.close();
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
