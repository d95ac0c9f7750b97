import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['full stop', 'قال بلينكن إن الاتفاق قريب. وأضاف أن حماس ترفض.', ['قال بلينكن إن الاتفاق قريب.', 'وأضاف أن حماس ترفض.']],
    ['Arabic question mark and exclamation', 'هل تنجح الهدنة؟ لا أحد يعرف! ربما.', ['هل تنجح الهدنة؟', 'لا أحد يعرف!', 'ربما.']],
    ['Arabic semicolon', 'انتهى الاجتماع؛ ولم يصدر بيان.', ['انتهى الاجتماع؛', 'ولم يصدر بيان.']],
    ['two-dot ellipsis stays inside', 'تسريبات.. من يقف وراء الضغوط؟', ['تسريبات.. من يقف وراء الضغوط؟']],
    ['three-dot and … ellipses stay inside', 'ويعاني... السكان… منذ أشهر. ثم', ['ويعاني... السكان… منذ أشهر.', 'ثم']],
    ['decimal number', 'يقدر عددهم بنحو 1.4 مليون. وتابع', ['يقدر عددهم بنحو 1.4 مليون.', 'وتابع']],
    ['abbreviation and initial', 'قال د. محمد إن م. ع. حضر. انتهى', ['قال د. محمد إن م. ع. حضر.', 'انتهى']],
    ['no split inside “ ” quotes', 'قال: “إن بايدن حث السيسي. لأن هذا هو العقبة؛ الوحيدة”، وفق رويترز.', ['قال: “إن بايدن حث السيسي. لأن هذا هو العقبة؛ الوحيدة”، وفق رويترز.']],
    ['no split inside « » quotes', 'قال «الأمر انتهى. لا عودة» ثم غادر.', ['قال «الأمر انتهى. لا عودة» ثم غادر.']],
    ['no split inside straight quotes', 'وقال في بيان: "في ضوء ما يجري. أجرى اتصالات" محذرا.', ['وقال في بيان: "في ضوء ما يجري. أجرى اتصالات" محذرا.']],
    ['a quote that ends the sentence ends it after the closing mark', 'وقال: "لن نقبل بذلك." وغادر القاعة.', ['وقال: "لن نقبل بذلك."', 'وغادر القاعة.']],
    ['full stop after a closing quote', 'وصف الحركة بأنها “العقبة الوحيدة”. وأضاف أمرا.', ['وصف الحركة بأنها “العقبة الوحيدة”.', 'وأضاف أمرا.']],
    ['unbalanced quote does not swallow the paragraph', 'قال “الأمر انتهى. ثم غادر.', ['قال “الأمر انتهى.', 'ثم غادر.']],
    ['dot inside a word is no boundary', 'زار الموقع aljazeera.net أمس. ثم', ['زار الموقع aljazeera.net أمس.', 'ثم']],
    ['trailing text without a stop', 'شارك المقال', ['شارك المقال']],
  ])('%s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('offsets are shifted by base and trimmed', () => {
    expect(splitSentences('  قال هو.  ثم ذهب.  ', 100)).toEqual([{ start: 102, end: 109 }, { start: 111, end: 118 }]);
  });
});
