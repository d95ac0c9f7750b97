/**
 * Hand-edited JSON (the catalogue, the article metadata) read so that every problem, of syntax,
 * of shape or of meaning, is reported as `FILE:LINE: problem`. jsonc-parser gives the syntax tree
 * with offsets; a schema (valibot) checks the shape and names each problem by its path
 * (`entities[3].forms[0].text`); the path's node in the tree gives the line. Rules a schema cannot
 * say (ids unique, dates in order) run on the checked value and report through the same paths.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import * as v from 'valibot';

export type JsonPath = readonly (string | number)[];

export class JsonFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'JsonFileError';
  }
}

type ErrorClass = new (file: string, line: number, problem: string) => Error;

/**
 * What a message says in place of `{name}`, for a problem at `path`: schema messages are written
 * before the path is known (valibot builds the path as the problem travels up), so a file whose
 * messages name the entity or form at fault fills them in here.
 */
export type Placeholders = (path: JsonPath, value: unknown) => Record<string, string>;

const SYNTAX: Record<ReturnType<typeof printParseErrorCode>, string> = {
  InvalidSymbol: 'expected a value',
  InvalidNumberFormat: 'bad number',
  PropertyNameExpected: 'expected a string',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected end of file',
  InvalidCommentToken: 'comments are not JSON',
  UnexpectedEndOfComment: 'comments are not JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'bad number',
  InvalidUnicode: 'bad escape in string',
  InvalidEscapeCharacter: 'bad escape in string',
  InvalidCharacter: 'control character in string',
  '<unknown ParseErrorCode>': 'not JSON',
};

export class JsonFile {
  private constructor(
    readonly file: string,
    private readonly text: string,
    private readonly root: Node,
    readonly value: unknown,
    private readonly ErrorType: ErrorClass,
  ) {}

  /** Parses strict JSON (no comments, no trailing commas, no repeated keys), or throws at the line. */
  static parse(text: string, file: string, ErrorType: ErrorClass = JsonFileError): JsonFile {
    // Editors may save a byte order mark; it is no part of the JSON.
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const errors: ParseError[] = [];
    const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const fail = (offset: number, problem: string): never => {
      throw new ErrorType(file, lineAt(body, offset), problem);
    };
    const [first] = errors;
    if (first || !root) {
      const offset = first?.offset ?? body.length;
      const found = offset < body.length ? `'${body[offset]}'` : 'end of file';
      return fail(offset, `invalid JSON: ${first ? SYNTAX[printParseErrorCode(first.error)] : 'expected a value'}, found ${found}`);
    }
    // jsonc-parser keeps the last of repeated keys, as JSON.parse does; in a hand-edited file the
    // first is as likely to be the one meant, so a repeat is refused.
    const walk = (node: Node): void => {
      if (node.type === 'object') {
        const seen = new Set<string>();
        for (const { children: [key] = [] } of node.children ?? []) {
          if (!key) continue;
          const name = key.value as string;
          if (seen.has(name)) fail(key.offset, `duplicate key "${name}"`);
          seen.add(name);
        }
      }
      node.children?.forEach(walk);
    };
    walk(root);
    return new JsonFile(file, body, root, JSON.parse(body), ErrorType);
  }

  /** Line (1-based) of the key at `path`, of the array item at `path`, or of the nearest ancestor there is. */
  lineOf(path: JsonPath): number {
    let node = this.root;
    for (const step of path) {
      const child = findNodeAtLocation(node, [step]);
      if (!child) break;
      node = child;
    }
    return lineAt(this.text, node.parent?.type === 'property' ? node.parent.offset : node.offset);
  }

  fail(path: JsonPath, problem: string): never {
    throw new this.ErrorType(this.file, this.lineOf(path), problem);
  }

  /** The value checked against `schema`; otherwise throws the problem that comes first in the file. */
  check<const S extends v.GenericSchema>(schema: S, placeholders?: Placeholders): v.InferOutput<S> {
    const result = v.safeParse(schema, this.value);
    if (result.success) return result.output;
    const located = result.issues.map((issue) => {
      const path = (issue.path ?? []).map((item) => item.key as string | number);
      const key = issue.path?.at(-1)?.origin === 'key' ? (issue.expected === 'never' ? 'unknown' : 'missing') : undefined;
      return { path, key, object: path.slice(0, -1).join('\0'), line: this.lineOf(path), message: issue.message };
    });
    // A misspelt field is both unknown and missing; the unknown one says what to fix.
    const misspelt = new Set(located.filter((i) => i.key === 'unknown').map((i) => i.object));
    const { path, message } = located
      .filter((i) => !(i.key === 'missing' && misspelt.has(i.object)))
      .reduce((a, b) => (b.line < a.line ? b : a));
    const fill = placeholders?.(path, this.value) ?? {};
    return this.fail(path, message.replace(/\{(\w+)\}/g, (all, name: string) => fill[name] ?? all));
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A string with something in it besides spaces. */
export const nonEmptyString = (message: string) => v.pipe(v.string(message), v.check((s) => s.trim() !== '', message));

/**
 * An object with exactly these fields. `what` names it in messages (`{a}` where a file fills it
 * in); without it the path says which.
 */
export function jsonObject<const E extends v.ObjectEntries>(entries: E, what?: string) {
  const message = (issue: v.BaseIssue<unknown>): string => {
    if (issue.expected === 'never') return `unknown field ${issue.received}${what ? ` in ${what}` : ''}`;
    if (issue.received === 'undefined' && issue.path) return what ? `${what} is missing ${issue.expected}` : `missing field ${issue.expected}`;
    return what ? `${what} must be an object` : 'expected an object';
  };
  // valibot's objects take arrays too, whose keys JSON cannot name.
  return v.pipe(v.custom<unknown>((x) => !Array.isArray(x), message), v.strictObject(entries, message));
}
