import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/text/html-text';
import { parseCatalogue } from '../../src/match/catalogue';
import { compileMatcher } from '../../src/match/matcher';
import { seedTexts } from '../../bench/lib/seeds';

const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'siyaq-scan-'));

function scan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'scan.ts'), ...args], { encoding: 'utf8', cwd: root, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const lines = (out: string): Array<Record<string, unknown>> => out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('htmlToText', () => {
  it('keeps only visible text', () => {
    const html = '<html><head><style>p{}</style><script>var غزة = 1;</script></head><body><p>وصل <b>بلينكن</b> إلى&nbsp;القاهرة &amp; عمان</p><!-- قطر --><noscript>قطر</noscript><template>قطر</template><div>غزة</div></body></html>';
    expect(htmlToText(html)).toBe('وصل بلينكن إلى\u00a0القاهرة & عمان\n\nغزة');
  });

  it('decodes numeric references and leaves unknown names alone', () => {
    expect(htmlToText('<p>&#1594;&#x632;&#x629; &bogus;</p>')).toBe('غزة &bogus;');
  });
});

describe('npm run scan', () => {
  it('gives every mention the file’s date: --date for every file, else the page’s own, else today', () => {
    const text = 'قال بلينكن في القاهرة';
    const plain = write('dated.txt', text);
    const html = write('dated.html', `<html><head><meta property="article:published_time" content="2024-06-11T10:00:00Z"></head><body><p>${text}</p></body></html>`);
    const given = lines(scan('--date', '2025-10-13', plain, html).stdout);
    expect(new Set(given.map((l) => `${l.date} ${l.dateSource}`))).toEqual(new Set(['2025-10-13 given']));
    const own = lines(scan(plain, html).stdout);
    const today = new Date().toISOString().slice(0, 10);
    expect(own.filter((l) => l.file === html).map((l) => `${l.date} ${l.dateSource}`)).toEqual(['2024-06-11 meta', '2024-06-11 meta']);
    expect(own.filter((l) => l.file === plain).map((l) => l.dateSource)).toEqual(['today', 'today']);
    expect(own.find((l) => l.file === plain)!.date).toBe(today);
    const bad = scan('--date', '2025-02-30', plain);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--date wants a real date/);
  });

  it('prints one JSON line per mention with offsets into the file', () => {
    const text = '\ufeffقال بلينكن في القاهرة\r\nإن إسرائيل والإسرائيليين...';
    const file = write('news.txt', text);
    const r = scan(file);
    expect(r.status).toBe(0);
    const found = lines(r.stdout);
    expect(found.map((m) => [m.text, m.id, m.form])).toEqual([
      ['بلينكن', 'blinken', 'surname'],
      ['القاهرة', 'cairo', 'name'],
      ['إسرائيل', 'israel', 'name'],
      ['الإسرائيليين', 'israel', 'adjective'],
    ]);
    const read = readFileSync(file, 'utf8');
    for (const m of found) {
      expect(read.slice(m.start as number, m.end as number)).toBe(m.text);
      expect(Object.keys(m)).toEqual(['file', 'start', 'end', 'text', 'id', 'type', 'ar', 'en', 'form', 'date', 'dateSource']);
      expect(m.file).toBe(file);
    }
    expect(found[0]).toMatchObject({ type: 'person', ar: 'أنتوني بلينكن', en: 'Antony Blinken' });
  });

  it('scans the visible text of HTML files', () => {
    const html = '<!doctype html><title>x</title><script>"إسرائيل"</script><p>زار &laquo;بلينكن&raquo; غزة</p>';
    const file = write('page.html', html);
    const r = scan(file);
    expect(r.status).toBe(0);
    const visible = htmlToText(html);
    const found = lines(r.stdout);
    expect(found.map((m) => m.id)).toEqual(['blinken', 'gaza-strip']);
    for (const m of found) expect(visible.slice(m.start as number, m.end as number)).toBe(m.text);
  });

  it('reports bad files on stderr, scans the rest and fails at the end', () => {
    const good = write('good.txt', 'غزة');
    const binary = write('binary.txt', Buffer.from([0x67, 0x00, 0x68]));
    const invalid = write('invalid.txt', Buffer.from([0xd8, 0xba, 0xff, 0xfe]));
    const missing = join(dir, 'missing.txt');
    const r = scan(missing, binary, good, dir, invalid);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((m) => m.file)).toEqual([good]);
    expect(r.stderr.trim().split('\n')).toEqual([
      `scan: ${missing}: no such file`,
      `scan: ${binary}: binary file (contains NUL bytes)`,
      `scan: ${dir}: is a directory`,
      `scan: ${invalid}: not valid UTF-8`,
    ]);
  });

  it('prints a table per file with --summary', () => {
    const file = write('summary.txt', 'غزة وغزة وبلينكن');
    const r = scan('--summary', file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 3 mentions of 2 entities\n +2 +gaza-strip +place +Gaza Strip \\(قطاع غزة\\)\n +1 +blinken`));
  });

  describe('a big file, read a run of paragraphs at a time', () => {
    const matcher = compileMatcher(parseCatalogue(readFileSync(join(root, 'seeds', 'catalogue.json'), 'utf8'), 'catalogue.json'));
    // Seed paragraphs, and a paragraph break with a CR and blanks in it now and then.
    const paragraphs = seedTexts(root).flatMap((t) => t.split(/\n\s*\n/));
    const news = (chars: number): string => {
      const parts: string[] = [];
      for (let i = 0, size = 0; size < chars; i++) {
        const p = paragraphs[i % paragraphs.length]!;
        parts.push(p, i % 5 === 0 ? '\r\n \r\n' : '\n\n');
        size += p.length + 2;
      }
      return parts.join('');
    };

    it('gives offsets into the whole file, as one scan of it does', () => {
      const text = news(400_000);
      const r = scan('--date', '2025-01-01', write('long.txt', text));
      expect(r.status).toBe(0);
      const found = lines(r.stdout);
      expect(found.map((m) => [m.start, m.end, m.id])).toEqual(matcher.scan(text).map((m) => [m.start, m.end, m.id]));
      expect(found.every((m) => text.slice(m.start as number, m.end as number) === m.text)).toBe(true);
    });

    it('counts on two threads what one count of the whole finds', () => {
      const text = news(2_600_000);
      const file = write('big.txt', text);
      expect(Buffer.byteLength(text)).toBeGreaterThan(4 << 20);
      const r = scan('--summary', file);
      expect(r.status).toBe(0);
      const counts = [...matcher.count([text])];
      const total = counts.reduce((sum, [, n]) => sum + n, 0);
      expect(r.stdout.split('\n')[0]).toBe(`${file}: ${total} mentions of ${counts.length} entities`);
      const printed = new Map(r.stdout.split('\n').slice(1).filter(Boolean).map((l) => {
        const [n, id] = l.trim().split(/\s+/);
        return [id!, Number(n)];
      }));
      expect(printed).toEqual(new Map(counts));
    });
  });

  it('explains itself with --help and rejects unknown options', () => {
    const help = scan('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('visible text');
    const bad = scan('--frobnicate', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown option --frobnicate');
  });
});
