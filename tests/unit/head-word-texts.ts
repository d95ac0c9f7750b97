/**
 * Random Arabic text for the head-word property tests: the head words whole in several
 * spellings, so that texts hold them often (random letters alone almost never spell one),
 * beside their letters and the proclitics', marks, tatweel and controls, a few other chars and
 * anything in the BMP; with presentation forms, among them ﺣ ﺮ ﻛ ﺔ, or without any.
 */
import fc from 'fast-check';
import { PRESENTATION_FORM } from '../../src/text/raw-finder';

export function headWordTexts(opts: { presentation: boolean }): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('حركة', 'حرکه', 'ح\u064eر\u0640كة', 'محكمة', 'مح\u200cكمه', 'الحركة') },
    { weight: 8, arbitrary: fc.constantFrom(...'حركةهمحكوفبلكالت'.split(''), 'ک', 'ـ', '\u064e', '\u0651', '\u0670', '\u200c', '\u200f', '\ufeff') },
    { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '،', '.', '3', '٣', 'a', 'Z', '-', '«') },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
    ...(opts.presentation ? [{ weight: 1, arbitrary: fc.constantFrom('\ufea3', '\ufeae', '\ufedb', '\ufe94', '\ufefb', '\ufdf2') }] : []),
  );
  const texts = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));
  return opts.presentation ? texts : texts.filter((s) => !PRESENTATION_FORM.test(s));
}
