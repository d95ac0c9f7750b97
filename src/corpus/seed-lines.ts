/**
 * Splits a seed file into numbered lines with their offsets, refusing text that was damaged on
 * the way in (bad UTF-8 decodes to U+FFFD), since every offset in the index points into it.
 */
export interface SeedLine {
  /** 1-based, as an editor shows it. */
  line: number;
  start: number;
  /** End of the line's text, before any "\r\n" or "\n". */
  end: number;
  text: string;
}

export function seedLines(name: string, text: string): SeedLine[] {
  const lines: SeedLine[] = [];
  let start = 0;
  for (let n = 1; ; n++) {
    const nl = text.indexOf('\n', start);
    let end = nl < 0 ? text.length : nl;
    if (end > start && text[end - 1] === '\r') end--;
    const body = text.slice(start, end);
    const bad = body.indexOf('\uFFFD');
    if (bad >= 0) throw new Error(`${name}:${n}: invalid UTF-8 at column ${bad + 1} (U+FFFD in the decoded text)`);
    if (body.includes('\0')) throw new Error(`${name}:${n}: NUL byte: not a text file`);
    lines.push({ line: n, start, end, text: body });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}
