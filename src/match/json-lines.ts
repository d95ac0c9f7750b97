/**
 * A strict JSON parser that also records the line each object and property starts on, so that
 * catalogue errors can point at the offending line. JSON.parse reports syntax errors differently
 * in every engine and knows nothing of lines, hence this.
 */

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Where an object starts and where each of its properties' keys is. */
export interface ObjectLines {
  line: number;
  keys: Map<string, number>;
}

export interface ParsedJson {
  value: unknown;
  lines: WeakMap<object, ObjectLines>;
}

export function parseJsonWithLines(text: string): ParsedJson {
  const lines = new WeakMap<object, ObjectLines>();
  let pos = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;

  const fail = (what: string): never => {
    const found = pos < text.length ? `'${text[pos]}'` : 'end of file';
    throw new JsonSyntaxError(`invalid JSON: ${what}, found ${found}`, line);
  };
  const skipSpace = (): void => {
    for (; pos < text.length; pos++) {
      const c = text[pos];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const expect = (c: string): void => {
    skipSpace();
    if (text[pos] !== c) fail(`expected '${c}'`);
    pos++;
  };

  const parseString = (): string => {
    if (text[pos] !== '"') fail('expected a string');
    pos++;
    let out = '';
    for (;;) {
      const c = text[pos];
      if (c === undefined || c === '\n') return fail('unterminated string');
      pos++;
      if (c === '"') return out;
      if (c < ' ') return fail('control character in string');
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = text[pos++];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos, pos + 4))) {
        out += String.fromCharCode(parseInt(text.slice(pos, pos + 4), 16));
        pos += 4;
      } else {
        pos--;
        return fail('bad escape in string');
      }
    }
  };

  const parseValue = (): unknown => {
    skipSpace();
    const c = text[pos];
    if (c === '{') return parseObject();
    if (c === '[') return parseArray();
    if (c === '"') return parseString();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(pos, pos + 64));
    if (!literal) return fail('expected a value');
    pos += literal[0].length;
    return JSON.parse(literal[0]) as unknown;
  };

  const parseObject = (): Record<string, unknown> => {
    const obj: Record<string, unknown> = {};
    const info: ObjectLines = { line, keys: new Map() };
    lines.set(obj, info);
    pos++;
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return obj;
    }
    for (;;) {
      skipSpace();
      const keyLine = line;
      const key = parseString();
      if (info.keys.has(key)) throw new JsonSyntaxError(`duplicate key "${key}"`, keyLine);
      info.keys.set(key, keyLine);
      expect(':');
      Object.defineProperty(obj, key, { value: parseValue(), enumerable: true, writable: true, configurable: true });
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      expect('}');
      return obj;
    }
  };

  const parseArray = (): unknown[] => {
    const arr: unknown[] = [];
    pos++;
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return arr;
    }
    for (;;) {
      arr.push(parseValue());
      skipSpace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      expect(']');
      return arr;
    }
  };

  const value = parseValue();
  skipSpace();
  if (pos < text.length) fail('expected end of file');
  return { value, lines };
}
