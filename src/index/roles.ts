/**
 * Reads what a sentence says an actor is, from the words standing next to its name: the noun
 * phrase before it («وزير الخارجية الأميركي أنتوني بلينكن», «المبعوث الأميركي إلى الشرق
 * الأوسط، ستيف ويتكوف») or an apposition after it («جون كيربي المتحدث باسم مجلس الأمن القومي»).
 * Also tells whether the actor is the one acting (the subject of قال, أكد, شدد ...).
 */
import { foldWord } from '../text/fold';
import { ARTICLE, PROCLITIC_CHAINS } from '../text/proclitics';
import type { Span } from './types';
import { stemOf, type Token } from '../text/tokens';

/** Words that head a title or office, bare: the article comes with the proclitics. */
const PERSON_HEADS = [
  'رئيس', 'وزير', 'مدير', 'متحدث', 'ناطق', 'مبعوث', 'قيادي', 'أمير', 'زعيم', 'قائد', 'سفير', 'نائب',
  'أمين', 'مستشار', 'ملك', 'رئيسة', 'وزيرة',
];
const BODY_HEADS = ['حركة', 'هيئة', 'جهاز', 'وكالة', 'شبكة', 'صحيفة', 'قناة', 'موقع', 'منظمة'];
/** Courtesy titles that sit between an office and a name without being part of the office. */
const HONORIFICS = new Set(['الشيخ', 'السيد', 'الدكتور', 'د'].map(foldWord));
/** Words a role phrase never runs across. */
const BREAKS = new Set(
  ['أن', 'إن', 'أنه', 'بأن', 'لأن', 'الذي', 'التي', 'الذين', 'عن', 'مع', 'من', 'على', 'يوم', 'اليوم', 'أمس', 'خلال', 'حيث', 'بعد', 'قبل', 'منذ', 'كما', 'أيضا', 'وأيضًا', 'فيما', 'بينما', 'لكن', 'ثم', 'أو']
    .map((w) => stemOf(foldWord(w))),
);
/** Verbs of saying and doing whose subject is the one acting. */
const AGENT_VERBS = [
  'قال', 'قالت', 'أكد', 'أكدت', 'أعلن', 'أعلنت', 'شدد', 'شددت', 'حذر', 'حذرت', 'أضاف', 'أضافت', 'اعتبر', 'دعا', 'دعت',
  'أطلع', 'ناقش', 'التقى', 'حمل', 'أجرى', 'جدد', 'أشار', 'أوضح', 'كشف', 'ذكر', 'رفض', 'طالب', 'وصف', 'تلقى', 'بحث',
  'اتهم', 'يلتقي', 'يحذر', 'يتحدث', 'يركز', 'يبدأ', 'هدد', 'أفاد', 'تابع', 'اتصل', 'أبلغ', 'نفى', 'رحب', 'قوله', 'ألغى',
  'يتوجه', 'حث', 'بدأ', 'وصل', 'التقي',
].map((w) => stemOf(foldWord(w)));
const AGENT_SET = new Set(AGENT_VERBS);
for (const w of AGENT_VERBS) BREAKS.add(w);

const MAX_ROLE_WORDS = 8;
const MIN_ROLE_WORDS = 2;

export type RoleKind = 'person' | 'body';

export interface Role {
  /** Where the role starts in the text. */
  start: number;
  /** The role as the text writes it, less any proclitic on its first word (برئيس → رئيس). */
  text: string;
}

const headSets: Record<RoleKind, Set<string>> = {
  person: new Set(PERSON_HEADS.map(foldWord)),
  body: new Set(BODY_HEADS.map(foldWord)),
};

/**
 * The role written next to `mention` in `text`, or null.
 * @param tokens tokenize(text)
 * @param people spans of other people's names, which a role phrase does not run across
 */
export function roleNear(text: string, tokens: Token[], mention: Span, kind: RoleKind, people: Span[]): Role | null {
  // Bodies are introduced by a noun before the name (حركة المقاومة الإسلامية (حماس)); what follows
  // a body's name is too often the next clause to read as an apposition.
  return roleBefore(text, tokens, mention, kind, people) ?? (kind === 'person' ? roleAfter(text, tokens, mention, kind, people) : null);
}

function roleBefore(text: string, tokens: Token[], mention: Span, kind: RoleKind, people: Span[]): Role | null {
  const first = tokens.findIndex((t) => t.start >= mention.start);
  const last = (first < 0 ? tokens.length : first) - 1;
  let edge = mention.start;
  for (let j = last; j >= 0 && j > last - MAX_ROLE_WORDS; j--) {
    const t = tokens[j]!;
    const gap = text.slice(t.end, edge);
    // Only a comma or an opening parenthesis may stand between the role and the name itself.
    if (!/^[\s"“”«»]*$/.test(gap) && !(j === last && /^\s*[،,(]\s*$/.test(gap))) return null;
    if (overlapsAny(t, people) || BREAKS.has(t.stem)) return null;
    const head = headAt(text, t, kind);
    if (head !== null) return phrase(text, head, tokens[last]!.end);
    edge = t.start;
  }
  return null;
}

function roleAfter(text: string, tokens: Token[], mention: Span, kind: RoleKind, people: Span[]): Role | null {
  const first = tokens.findIndex((t) => t.start >= mention.end);
  const headToken = tokens[first];
  if (!headToken || !/^\s*[،,]?\s*$/.test(text.slice(mention.end, headToken.start))) return null;
  const head = headAt(text, headToken, kind);
  // «وزير ...» after a name joins a list; an apposition stands bare.
  if (head === null || head.start !== headToken.start) return null;
  let end = headToken.end;
  for (let j = first + 1; j < tokens.length && j < first + MAX_ROLE_WORDS; j++) {
    const t = tokens[j]!;
    if (!/^[\s"“”«»]*$/.test(text.slice(end, t.start)) || BREAKS.has(t.stem) || overlapsAny(t, people)) break;
    end = t.end;
  }
  return phrase(text, head, end);
}

const unbalanced = (s: string): boolean =>
  (s.match(/"/g)?.length ?? 0) % 2 === 1 || (s.match(/[“«]/g)?.length ?? 0) > (s.match(/[”»]/g)?.length ?? 0);

const overlapsAny = (t: Span, spans: Span[]): boolean => spans.some((o) => o.start < t.end && t.start < o.end);

interface Head {
  /** Where the head word starts once its proclitic is dropped. */
  start: number;
  /** Where the head word ends. */
  end: number;
  /** The head word as shown, with its article written out: «للمتحدث» shows as «المتحدث». */
  word: string;
}

function headAt(text: string, t: Token, kind: RoleKind): Head | null {
  const heads = headSets[kind];
  const raw = text.slice(t.start, t.end);
  for (const { written, article } of PROCLITIC_CHAINS) {
    const stem = raw.slice(written.length);
    if (!raw.startsWith(written) || !heads.has(foldWord(stem))) continue;
    // The role keeps the article and drops what comes before it (والمبعوث → المبعوث).
    return { start: t.start + written.length - article.length, end: t.end, word: (article === '' ? '' : ARTICLE) + stem };
  }
  return null;
}

function phrase(text: string, head: Head, end: number): Role | null {
  // A quoted name inside the role («رئيس جهاز الأمن العام "الشاباك"») keeps its closing mark.
  while (unbalanced(text.slice(head.start, end)) && /["”»]/.test(text[end] ?? '')) end++;
  const words = `${head.word}${text.slice(head.end, end)}`.split(/\s+/);
  while (words.length > 0 && HONORIFICS.has(foldWord(words.at(-1)!))) words.pop();
  if (words.length < MIN_ROLE_WORDS) return null;
  return { start: head.start, text: words.join(' ') };
}

/** Whether the actor named at `mention` (with `role` before it, if any) is the one acting. */
export function acts(tokens: Token[], mention: Span, role: Role | null): boolean {
  const from = Math.min(mention.start, role?.start ?? mention.start);
  const before = tokens.filter((t) => t.end <= from).at(-1);
  const after = tokens.find((t) => t.start >= mention.end);
  return (before !== undefined && AGENT_SET.has(before.stem)) || (after !== undefined && AGENT_SET.has(after.stem));
}
