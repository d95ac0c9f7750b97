/**
 * Splits one paragraph of Arabic news text into sentences, returning their spans (offset by
 * `base`, so that they point into the seed file) trimmed of surrounding space.
 */
import type { Span } from '../index/types';

const TERMINATORS = '.؟?!؛';
const OPENERS: Record<string, string> = { '“': '”', '«': '»', '"': '"', '(': ')' };
const CLOSERS = '”»")';
/** Short words that take a full stop without ending the sentence (د. = doctor, م. = AD, ...). */
const ABBREVIATIONS = new Set(['د', 'م', 'ص', 'ق', 'هـ', 'ه', 'أ', 'ج', 'ت', 'ش', 'ب', 'ع', 'Mr', 'Dr', 'St', 'vs']);

export function splitSentences(text: string, base = 0): Span[] {
  const quoteEnd = matchQuotes(text);
  const spans: Span[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const close = quoteEnd.get(i);
    if (close !== undefined) {
      // A terminator just inside the closing mark ends the quote and the sentence with it.
      const last = text[close - 1]!;
      i = close + 1;
      if (TERMINATORS.includes(last) && !isEllipsis(text, close - 1)) i = endOfRun(text, i);
      else continue;
    } else if (TERMINATORS.includes(ch) && endsSentence(text, i)) {
      i = endOfRun(text, i + 1);
    } else {
      i++;
      continue;
    }
    if (i < text.length && !/\s/.test(text[i]!)) continue;
    push(spans, text, from, i, base);
    from = i;
  }
  push(spans, text, from, text.length, base);
  return spans;
}

/** Opening quote offset → its closing offset, for quotes that do close in this paragraph. */
function matchQuotes(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const top = stack.at(-1);
    if (top !== undefined && OPENERS[text[top]!] === ch) {
      pairs.set(top, i);
      stack.pop();
    } else if (ch in OPENERS) {
      stack.push(i);
    } else if (CLOSERS.includes(ch)) {
      // A stray closer (or a straight quote opened elsewhere) resets nothing: it is just a mark.
      const k = stack.findLastIndex((o) => OPENERS[text[o]!] === ch);
      if (k >= 0) {
        pairs.set(stack[k]!, i);
        stack.length = k;
      }
    }
  }
  return pairs;
}

function endsSentence(text: string, i: number): boolean {
  if (text[i] !== '.') return true;
  if (isEllipsis(text, i)) return false;
  if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  const word = /[\p{L}\p{M}]+$/u.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
  const wordStart = i - word.length;
  const standalone = wordStart === 0 || !/[\p{L}\p{M}]/u.test(text[wordStart - 1]!);
  return !(standalone && (word.length === 1 || ABBREVIATIONS.has(word)));
}

/** «..», «...» and «…» keep a sentence going (تسريبات.. من يقف). */
function isEllipsis(text: string, i: number): boolean {
  return text[i] === '…' || (text[i] === '.' && (text[i - 1] === '.' || text[i + 1] === '.'));
}

/** Past trailing terminators and closing marks («!؟», «.”»). */
function endOfRun(text: string, i: number): number {
  while (i < text.length && (TERMINATORS.includes(text[i]!) || CLOSERS.includes(text[i]!))) i++;
  return i;
}

function push(spans: Span[], text: string, from: number, to: number, base: number): void {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  if (to > from) spans.push({ start: base + from, end: base + to });
}
