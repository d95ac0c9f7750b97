/**
 * JSON.parse that also remembers on which line every value starts, so that a validator can
 * report `FILE:LINE: problem` for hand-edited metadata instead of a bare path.
 */
export type JsonPath = readonly (string | number)[];

export interface LocatedJson {
  value: unknown;
  /** Line (1-based) where the value at `path` starts; the nearest located ancestor otherwise. */
  lineOf(path: JsonPath): number;
}

export function parseJsonWithLines(text: string, file: string): LocatedJson {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;

  const fail = (problem: string): never => {
    throw new Error(`${file}:${line}: ${problem}`);
  };
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos]!)) {
      if (text[pos] === '\n') line++;
      pos++;
    }
  };
  const expect = (ch: string): void => {
    skipSpace();
    if (text[pos] !== ch) fail(`expected "${ch}" but found ${pos < text.length ? `"${text[pos]}"` : 'end of file'}`);
    pos++;
  };
  const readString = (): string => {
    const from = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '\n') fail('unterminated string');
      pos += text[pos] === '\\' ? 2 : 1;
    }
    if (pos >= text.length) fail('unterminated string');
    pos++;
    return JSON.parse(text.slice(from, pos)) as string;
  };
  const readValue = (path: JsonPath): unknown => {
    skipSpace();
    lines.set(key(path), line);
    const ch = text[pos];
    if (ch === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      skipSpace();
      if (text[pos] === '}') return pos++, obj;
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('expected a quoted key');
        const k = readString();
        if (Object.hasOwn(obj, k)) fail(`duplicate key "${k}"`);
        expect(':');
        obj[k] = readValue([...path, k]);
        skipSpace();
        if (text[pos] === ',') pos++;
        else return expect('}'), obj;
      }
    }
    if (ch === '[') {
      pos++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[pos] === ']') return pos++, arr;
      for (;;) {
        arr.push(readValue([...path, arr.length]));
        skipSpace();
        if (text[pos] === ',') pos++;
        else return expect(']'), arr;
      }
    }
    if (ch === '"') return readString();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(pos, pos + 40));
    if (!m) return fail(pos < text.length ? `unexpected "${ch}"` : 'unexpected end of file');
    pos += m[0].length;
    return JSON.parse(m[0]) as unknown;
  };

  const value = readValue([]);
  skipSpace();
  if (pos < text.length) fail('unexpected text after the JSON value');
  return {
    value,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const found = lines.get(key(path.slice(0, n)));
        if (found !== undefined) return found;
      }
      return 1;
    },
  };
}

const key = (path: JsonPath): string => path.join('\u0000');
