/**
 * Role phrases and anaphora, resolved on the page's date: tables of cases, as the language rules
 * are tables (Yomitan's transforms are tested the same way).
 */
import { describe, expect, it } from 'vitest';
import { holderOn, rolesOn } from '../../src/dated/offices';
import { createResolver } from '../../src/match/resolve-mentions';
import { seedEngine } from './engine-fixtures';

const { offices, plain, derived, people, rules } = seedEngine();

/** What the reader is shown in `text` (its lines read as the page's blocks, in order) on `date`. */
function shown(text: string, date: string): string[] {
  const resolver = createResolver({ date, offices, people, rules });
  return text.split('\n').flatMap((block) => resolver.resolve(block, plain.scan(block), derived.scan(block)).map((m) => `${m.text}=${m.id}`));
}
const idsOf = (text: string, date: string) => shown(text, date).map((s) => s.split('=')[1]);

describe('role phrases resolve to their holder on the page’s date', () => {
  it.each([
    ['قال الرئيس الأمريكي إن المحادثات مستمرة', '2024-06-01', ['الرئيس الأمريكي=biden']],
    ['قال الرئيس الأمريكي إن المحادثات مستمرة', '2025-10-13', ['الرئيس الأمريكي=trump']],
    ['وانتقد الرئيس الأمريكي السابق الاتفاق', '2024-06-01', ['الرئيس الأمريكي السابق=trump']],
    ['وانتقد الرئيس الأمريكي السابق الاتفاق', '2025-10-13', ['الرئيس الأمريكي السابق=biden']],
    ['والتقى الرئيسُ الأميركيُّ نظيره', '2024-06-01', ['الرئيسُ الأميركيُّ=biden']],
    ['وقال وزير الدفاع الإسرائيلي', '2024-06-01', ['وزير الدفاع الإسرائيلي=gallant']],
    ['وقال وزير الدفاع الإسرائيلي', '2024-11-06', ['وزير الدفاع الإسرائيلي=gallant']],
    ['وقال وزير الدفاع الإسرائيلي', '2025-01-15', ['وزير الدفاع الإسرائيلي=katz']],
    ['وقال وزير الدفاع الإسرائيلي السابق', '2025-01-15', ['وزير الدفاع الإسرائيلي السابق=gallant']],
    ['اتصل برئيس الوزراء الإسرائيلي', '2024-06-01', ['رئيس الوزراء الإسرائيلي=netanyahu']],
    ['وهاجم رئيس الوزراء الإسرائيلي السابق الحكومة', '2024-06-01', ['رئيس الوزراء الإسرائيلي السابق=lapid']],
    ['وقال وزير الخارجية الأمريكي', '2024-06-11', ['وزير الخارجية الأمريكي=blinken']],
    ['وقال وزير الخارجية الأميركي', '2025-03-01', ['وزير الخارجية الأميركي=rubio']],
    ['وأكد رئيس الوزراء القطري', '2024-06-11', ['رئيس الوزراء القطري=mohammed-bin-abdulrahman']],
    ['وأكد رئيس وزراء قطر', '2024-06-11', ['رئيس وزراء قطر=mohammed-bin-abdulrahman']],
    ['واستقبل أمير قطر الوفد', '2024-06-11', ['أمير قطر=tamim']],
    ['وقال الرئيس المصري', '2024-06-11', ['الرئيس المصري=sisi']],
    ['ووصل مدير المخابرات المركزية الأمريكية', '2024-07-08', ['مدير المخابرات المركزية الأمريكية=burns']],
    ['ووصل مدير المخابرات المركزية الأمريكية', '2025-03-01', ['مدير المخابرات المركزية الأمريكية=ratcliffe']],
    ['وقال المتحدث باسم الخارجية الأمريكية', '2024-06-11', ['المتحدث باسم الخارجية الأمريكية=matthew-miller']],
    ['ويزور المبعوث الأمريكي إلى الشرق الأوسط القاهرة', '2025-08-08', ['المبعوث الأمريكي إلى الشرق الأوسط=witkoff', 'القاهرة=cairo']],
    ['ويزور المبعوث الأمريكي للشرق الأوسط القاهرة', '2024-07-08', ['المبعوث الأمريكي للشرق الأوسط=mcgurk', 'القاهرة=cairo']],
    ['وحذر رئيس المكتب السياسي لحركة حماس', '2024-07-08', ['رئيس المكتب السياسي لحركة حماس=haniyeh']],
    ['وحذر رئيس المكتب السياسي لحركة حماس', '2024-09-01', ['رئيس المكتب السياسي لحركة حماس=sinwar']],
  ])('«%s» on %s', (text, date, expected) => expect(shown(text, date)).toEqual(expected));

  it('leaves a role unresolved where two people held it that day, keeping what it covered', () => {
    // McGurk and Hochstein were both «المبعوث الأمريكي» in 2024; Witkoff alone early in 2025.
    expect(shown('وصل المبعوث الأمريكي إلى المنطقة', '2024-06-01')).toEqual(['الأمريكي=united-states']);
    expect(shown('وصل المبعوث الأمريكي إلى المنطقة', '2025-03-01')).toEqual(['المبعوث الأمريكي=witkoff']);
    expect(shown('وصل المبعوث الأمريكي إلى المنطقة', '2025-08-08')).toEqual(['الأمريكي=united-states']);
  });

  it('leaves a role unresolved where nobody held it that day', () => {
    expect(shown('قال المتحدث باسم الخارجية الأمريكية', '2025-08-08')).toEqual(['الخارجية الأمريكية=state-department']);
    expect(shown('وحذر رئيس المكتب السياسي لحركة حماس', '2025-03-01')).toEqual(['حركة حماس=hamas']);
  });

  it.each([
    ['قال الرئيس الأمريكي جو بايدن', '2024-06-01', ['الرئيس الأمريكي جو بايدن=biden']],
    ['التقى رئيس الوزراء القطري، الشيخ محمد بن عبد الرحمن آل ثاني', '2024-06-01', ['رئيس الوزراء القطري، الشيخ محمد بن عبد الرحمن آل ثاني=mohammed-bin-abdulrahman']],
    // The name wins over the date's holder.
    ['قال الرئيس الأمريكي السابق دونالد ترامب', '2024-06-01', ['الرئيس الأمريكي السابق دونالد ترامب=trump']],
    ['وقال الرئيس الأمريكي المنتخب دونالد ترامب', '2024-12-01', ['الرئيس الأمريكي المنتخب دونالد ترامب=trump']],
    // Past an acronym in brackets: the name, not the date's holder (Ratcliffe in 2025).
    ['ومدير وكالة المخابرات المركزية (سي آي إيه) ويليام بيرنز', '2025-08-08', ['مدير وكالة المخابرات المركزية (سي آي إيه) ويليام بيرنز=burns']],
    // A role the catalogue also lists as its holder's alias: the role is weighed first.
    ['واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوفد', '2024-06-11', ['أمير قطر الشيخ تميم بن حمد آل ثاني=tamim']],
  ])('a role before the name is one mention: «%s»', (text, date, expected) => expect(shown(text, date)).toEqual(expected));

  it('leaves a role after its holder’s name to the name, and what it names to itself', () => {
    expect(shown('قال جون كيربي، المتحدث باسم مجلس الأمن القومي بالبيت الأبيض، إن…', '2024-07-08')).toEqual([
      'جون كيربي=kirby',
      'مجلس الأمن القومي=us-national-security-council',
      'البيت الأبيض=white-house',
    ]);
  });
});

describe('anaphora within the page', () => {
  it.each<[string, string, string[]]>([
    ['fires after the antecedent', 'وقالت حركة حماس إنها تدرس المقترح.\nوأضافت الحركة أن الرد قريب.', ['hamas', 'hamas']],
    ['fires with a clitic', 'رفضت حماس العرض، وقالت مصادر مقربة من الحركة إن…', ['hamas', 'hamas']],
    ['never fires before Hamas is named', 'وأضافت الحركة أن الرد قريب.', []],
    ['stops after another movement', 'وقالت حركة حماس إنها توافق.\nأما حركة فتح فقد رحبت.\nوقالت الحركة في بيان…', ['hamas', 'fatah']],
    ['stops after a movement the catalogue lacks', 'وقالت حركة حماس إنها توافق، ورحبت حركة الجهاد الإسلامي.\nوقالت الحركة في بيان…', ['hamas']],
    ['resumes when Hamas is named again', 'رحبت حركة فتح.\nثم قالت حماس إنها توافق.\nوأكدت الحركة…', ['fatah', 'hamas', 'hamas']],
    ['the court after the ICJ', 'أصدرت محكمة العدل الدولية رأيها.\nوقالت المحكمة إن…', ['icj', 'icj']],
    ['no court before it', 'وقالت المحكمة إن القرار نهائي.', []],
    ['not after another court', 'أصدرت محكمة العدل الدولية رأيها، ثم نظرت محكمة الجنايات الدولية.\nوقالت المحكمة إن…', ['icj']],
    ['the strip on a page about Gaza', 'تتواصل الغارات على قطاع غزة.\nوفي القطاع نقص حاد.', ['gaza-strip', 'gaza-strip']],
    ['no strip on a page not about Gaza', 'وفي القطاع الخاص نمو ملحوظ.', []],
    ['the ceasefire on a page about Gaza', 'تتواصل المحادثات بشأن غزة.\nوقال الوسطاء إن الهدنة ممكنة، وإن وقف إطلاق النار قريب.', ['gaza-strip', 'gaza-ceasefire', 'gaza-ceasefire']],
    ['no ceasefire elsewhere', 'وقال الوسطاء إن الهدنة في السودان ممكنة.', []],
    ['a ceasefire named before Gaza in the same block', 'اتفاق وقف إطلاق النار في غزة يدخل حيز التنفيذ', ['gaza-ceasefire', 'gaza-strip']],
    ['not the private sector', 'تتواصل الغارات على قطاع غزة.\nوقال مسؤول في القطاع الخاص إن الأسواق تترقب.', ['gaza-strip']],
    ['not the supreme court', 'أصدرت محكمة العدل الدولية رأيها.\nورفضت المحكمة العليا الالتماس.', ['icj']],
    ['not the prisoners’ movement', 'وقالت حماس إنها توافق.\nوقالت الحركة الأسيرة في بيان…', ['hamas']],
  ])('%s', (_, text, ids) => expect(idsOf(text, '2024-06-01')).toEqual(ids));
});

describe('roles as of a date', () => {
  it('gives the role held, the role ended, and what changed after the date', () => {
    const gallant = rolesOn(offices, 'gallant', '2024-06-01');
    expect(gallant.current.map((r) => r.office)).toEqual(['israel-defence-minister']);
    expect(gallant.later).toMatchObject([{ change: 'ended', date: '2024-11-07' }]);
    const after = rolesOn(offices, 'gallant', '2025-10-13');
    expect(after.current).toEqual([]);
    expect(after.former).toMatchObject([{ office: 'israel-defence-minister', end: '2024-11-07' }]);
    const haniyeh = rolesOn(offices, 'haniyeh', '2025-01-01');
    expect(haniyeh.current).toEqual([]);
    expect(haniyeh.event).toMatchObject({ date: '2024-07-31' });
    expect(rolesOn(offices, 'trump', '2024-06-01').later).toMatchObject([{ change: 'began', date: '2025-01-20' }]);
  });

  it('resolves nothing from an office list that is empty', () => {
    expect(holderOn([], '2024-06-01', false)).toBeNull();
  });
});
