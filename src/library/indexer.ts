/**
 * What the index keeps of one saved article: its sentences, every sentence naming an entity (the
 * catalogue's and the reader's own, found by the same matcher as the content script's) ranked
 * and dated as the corpus build ranks and dates them, and the BM25 weights of its search terms.
 */
import catalogueJson from '../../seeds/catalogue.json';
import type { Catalogue } from '../match/catalogue-types';
import { compileMatcher, type Matcher } from '../match/matcher';
import { splitSentences } from '../text/sentences';
import { acts } from '../index/roles';
import { passageScore } from '../index/passage-score';
import { statementDate } from '../index/timeline';
import { termWeight } from '../index/bm25';
import { extractDates } from '../text/dates';
import { tokenize } from '../text/tokens';
import type { MentionRecord, TermRecord } from './db';
import type { SavedArticle, UserActor } from './types';
import { actorEntities } from '../match/user-actors';
import { sha256Hex } from './sha256-hex';

/** The catalogue the build validated, bundled as it is (as the content script bundles it). */
export const catalogue = catalogueJson as unknown as Catalogue;

declare const SIYAQ_INDEX_SOURCES: string | undefined;

/** Worked out once: every seal asks. */
let rules: Promise<string> | null = null;

/**
 * What a saved article's index was made with: in a build, a hash of every source the indexer is
 * bundled from, the catalogue among them (set by scripts/build.ts); unbuilt, as under the tests,
 * a hash of the catalogue alone. A library indexed with other rules is indexed again after it
 * opens, so that an update's new entities, spellings or clitic rules reach the articles saved
 * before it, as they reach the pages read after it.
 */
export function indexRules(): Promise<string> {
  return (rules ??= typeof SIYAQ_INDEX_SOURCES === 'string' ? Promise.resolve(SIYAQ_INDEX_SOURCES) : sha256Hex(JSON.stringify(catalogue), 16));
}

/** Terms per sentence in the bundled corpus: the length a sentence's term weights are normalised to. */
const AVERAGE_SENTENCE_TERMS = 34;

let compiled: { key: string; matcher: Matcher } | null = null;

/** The matcher over the catalogue and the reader's actors, compiled again only when they change. */
export function libraryMatcher(actors: UserActor[]): Matcher {
  const key = actors.map((a) => `${a.id}\u0000${a.ar}`).join('\u0001');
  if (compiled?.key !== key) {
    compiled = { key, matcher: compileMatcher({ version: catalogue.version, entities: [...catalogue.entities, ...actorEntities(actors)] }) };
  }
  return compiled.matcher;
}

export interface ArticleIndex {
  /** `[start, end, ...]` of each sentence in the text. */
  sentences: number[];
  mentions: MentionRecord[];
  terms: TermRecord[];
}

const DAY_MS = 86_400_000;
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Sentences of text whose paragraphs are separated by blank lines. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const para of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) out.push(...splitSentences(para[0], para.index));
  return out;
}

export function indexArticle(article: SavedArticle, matcher: Matcher): ArticleIndex {
  const { id, text } = article;
  const spans = sentenceSpans(text);
  // The article's own words are the vocabulary a clitic is taken off against, as the corpus build
  // takes the corpus's: «فكرة» keeps its ف unless the article also writes «كرة».
  const tokens = tokenize(text);
  const words = new Set(tokens.map((t) => t.folded));
  const known = (w: string): boolean => words.has(w);
  const found = matcher.scan(text);
  const status = article.dateSource === 'today' ? 'inferred' : 'printed';

  const mentions: MentionRecord[] = [];
  const hits = new Map<string, number[]>();
  const best = new Map<string, number>();
  let m = 0;
  spans.forEach(({ start, end }, n) => {
    const sentence = text.slice(start, end);
    const sentenceTokens = tokenize(sentence, known);
    const tf = new Map<string, number>();
    for (const t of sentenceTokens) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
    for (const [term, f] of tf) {
      const w = round(termWeight(f, sentenceTokens.length, AVERAGE_SENTENCE_TERMS));
      let list = hits.get(term);
      if (!list) hits.set(term, (list = []));
      list.push(n, w);
      if (w > (best.get(term) ?? 0)) best.set(term, w);
    }

    while (m < found.length && found[m]!.start < start) m++;
    const byEntity = new Map<string, { start: number; end: number }[]>();
    for (; m < found.length && found[m]!.end <= end; m++) {
      const f = found[m]!;
      let list = byEntity.get(f.id);
      if (!list) byEntity.set(f.id, (list = []));
      list.push({ start: f.start - start, end: f.end - start });
    }
    if (byEntity.size === 0) return;
    const dates = extractDates(sentence, article.date);
    for (const [entity, places] of byEntity) {
      const when = statementDate(sentence, dates, places, { date: article.date, dateStatus: status });
      const score = passageScore({ acting: places.some((p) => acts(sentenceTokens, p, null)), described: false, mentions: places.length, lead: n === 0 });
      mentions.push({
        entity,
        article: id,
        sentence: n,
        spans: places.flatMap((p) => [p.start, p.end]),
        rank: -score,
        date: when.date,
        inferred: when.inferred,
        recency: -Math.floor(Date.parse(when.date) / DAY_MS),
      });
    }
  });
  const terms = [...hits].map(([term, list]): TermRecord => ({ term, article: id, hits: list, rank: -best.get(term)! }));
  return { sentences: spans.flatMap((s) => [s.start, s.end]), mentions, terms };
}
