/**
 * Tells page furniture (widgets, read-also links, bylines, credits, captions, related lists)
 * from article text, one line at a time, by rules that hold across news sites.
 */
export type LineKind = 'text' | 'heading' | 'boilerplate';

export interface LineContext {
  outlet: string | null;
  byline?: string;
  dateline?: string;
}

/** Whole lines that share and comment widgets print. */
const WIDGETS = new Set(['spot_img', 'شارك المقال', 'اترك تعليقك', 'اترك تعليقاً', 'اترك تعليقا', 'تحميل المزيد', 'مقالات مشابهة', 'ذات صلة']);

/** Photo agencies and outlets that sign captions and credits. */
const AGENCIES = 'الأناضول|الجزيرة|رويترز|أ ف ب|فرانس برس|أسوشيتد برس|غيتي|وكالات|الأوروبية|AFP|AP|EPA|Reuters|Getty';

const RULES: RegExp[] = [
  /^لن يتم نشر عنوان بريدك/, // comment form
  /^[اأإ]قرأ(?:\/ي)?\s+أيض/, // «اقرأ/ي أيضاً», «إقرأ أيضاً:»
  /^\s*[•·▪◦*–-]\s/, // related-headline list items
  /^المصدر\s*:/, // «المصدر: الجزيرة» source line
  /^كلمات دلالية\s*:/, // tags
  /^تم (?:النشر|التحديث)\s*:/, // publication stamps
  /^كتب\s.*دقيق[ةه] للقراءة$/, // «كتب فريق التحرير 5 دقيقة للقراءة»
  new RegExp(`^[^.؟!]{0,60}/\\s*(?:${AGENCIES})$`), // photo credit «البيت الأبيض/ رويترز»
  new RegExp(`(?:\\((?:${AGENCIES})\\)|صور خاصة بـ?(?:${AGENCIES}))$`), // captions
];

const MAX_HEADING_WORDS = 8;

export function classifyLine(line: string, ctx: LineContext): LineKind {
  const t = line.trim();
  if (WIDGETS.has(t) || RULES.some((r) => r.test(t))) return 'boilerplate';
  if (t === ctx.outlet || t === ctx.byline) return 'boilerplate';
  // Dateline: «الأراضي المحتلة – مصدر الإخبارية».
  if (ctx.dateline !== undefined && t.startsWith(ctx.dateline) && ctx.outlet !== null && t.endsWith(ctx.outlet)) return 'boilerplate';
  const ended = /[.؟?!؛:”»"]$/.test(t);
  return !ended && t.split(/\s+/).length <= MAX_HEADING_WORDS ? 'heading' : 'text';
}
