/**
 * Path-based line lookup over the matcher's line-recording JSON parser, so that a validator can
 * report `FILE:LINE: problem` for any field of hand-edited metadata.
 */
import { JsonSyntaxError, parseJsonWithLines as parseWithObjectLines } from '../match/json-lines';

export type JsonPath = readonly (string | number)[];

export interface LocatedJson {
  value: unknown;
  /** Line (1-based) of the key or object at `path`; the nearest located ancestor otherwise. */
  lineOf(path: JsonPath): number;
}

export function parseJsonWithLines(text: string, file: string): LocatedJson {
  let parsed;
  try {
    parsed = parseWithObjectLines(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new Error(`${file}:${e.line}: ${e.message}`);
    throw e;
  }
  const { value, lines } = parsed;
  return {
    value,
    lineOf(path) {
      let line = 1;
      let node: unknown = value;
      for (const step of path) {
        const here = typeof node === 'object' && node !== null ? lines.get(node) : undefined;
        if (here) line = (typeof step === 'string' ? here.keys.get(step) : undefined) ?? here.line;
        node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[step] : undefined;
        if (node === undefined) break;
      }
      const last = typeof node === 'object' && node !== null ? lines.get(node) : undefined;
      return typeof path.at(-1) === 'number' && last ? last.line : line;
    },
  };
}
