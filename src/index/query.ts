/**
 * Answers the reader's questions from a built index: an actor's dossier (everything is
 * precomputed, so this only assembles rows) and free-text search (BM25 over the sentences,
 * actors matched by their written forms first).
 */
import { entityRef, type EntityRef } from '../match/catalogue-types';
import { bm25 } from './bm25';
import { readings, tokenize } from '../text/tokens';
import { INDEX_FORMAT, INDEX_VERSION, type CorpusIndex } from './format';
import type { DateStatus, Span, TitleStatus } from './types';

export interface SentenceRef extends Span {
  /** Sentence number in the index. */
  sentence: number;
  text: string;
  articleId: string;
  title: string;
  titleStatus: TitleStatus;
  outlet: string | null;
  file: string;
  date: string;
  dateStatus: DateStatus;
}

export interface Passage extends SentenceRef {
  /** Where the actor is named, in the sentence. */
  mentions: Span[];
  /** The sentences before and after in the same article, for context. */
  before: SentenceRef | null;
  after: SentenceRef | null;
}

export interface Dossier {
  entity: EntityRef;
  /** What the corpus says the actor is, and where; null where it says nothing. */
  description: { text: string; sentence: SentenceRef } | null;
  /** The role each article gives, in date order. */
  roles: { text: string; articleId: string; date: string; dateStatus: DateStatus; sentence: SentenceRef }[];
  passages: Passage[];
  related: (EntityRef & { shared: number })[];
  timeline: { date: string; inferred: boolean; sentence: SentenceRef }[];
}

export interface SearchResult {
  entities: EntityRef[];
  passages: (SentenceRef & { score: number })[];
}

export interface CorpusQuery {
  dossier(entityId: string, opts?: { passages?: number }): Dossier | null;
  search(text: string, opts?: { passages?: number }): SearchResult;
}

const DEFAULT_PASSAGES = 10;

export function openIndex(index: CorpusIndex): CorpusQuery {
  if (index.format !== INDEX_FORMAT || index.version !== INDEX_VERSION) {
    throw new Error(`corpus index: expected ${INDEX_FORMAT} version ${INDEX_VERSION}, got ${String(index.format)} version ${String(index.version)}`);
  }
  const byId = new Map(index.entities.map((e) => [e.id, e]));
  const formWords = new Set(index.entities.flatMap((e) => e.forms.flatMap((f) => f.split(' '))));
  const ranker = bm25(index);

  const ref = (sentence: number): SentenceRef => {
    const [a, start, end, text] = index.sentences[sentence]!;
    const art = index.articles[a]!;
    return {
      sentence, start, end, text, articleId: art.id, title: art.title, titleStatus: art.titleStatus, outlet: art.outlet, file: art.file, date: art.date, dateStatus: art.dateStatus,
    };
  };
  const neighbour = (sentence: number, step: -1 | 1): SentenceRef | null => {
    const other = sentence + step;
    const art = index.articles[index.sentences[sentence]![0]]!;
    return other >= art.first && other < art.first + art.count ? ref(other) : null;
  };

  return {
    dossier(entityId, opts = {}) {
      const e = byId.get(entityId);
      if (!e) return null;
      return {
        entity: entityRef(e),
        description: e.description ? { text: e.description[0], sentence: ref(e.description[1]) } : null,
        roles: e.roles.map(([a, text, s]) => {
          const art = index.articles[a]!;
          return { text, articleId: art.id, date: art.date, dateStatus: art.dateStatus, sentence: ref(s) };
        }),
        passages: e.passages.slice(0, opts.passages ?? DEFAULT_PASSAGES).map(([s, ...spans]) => ({
          ...ref(s),
          mentions: pairs(spans),
          before: neighbour(s, -1),
          after: neighbour(s, 1),
        })),
        related: e.related.map(([other, shared]) => ({ ...entityRef(index.entities[other]!), shared })),
        timeline: e.timeline.map(([date, s, inferred]) => ({ date, inferred: inferred === 1, sentence: ref(s) })),
      };
    },

    search(text, opts = {}) {
      // Each query word in every reading the index has a term for (or as it stands).
      const terms = tokenize(text).flatMap((t) => {
        const indexed = readings(t.folded).filter((r) => ranker.has(r) || formWords.has(r));
        return indexed.length > 0 ? indexed : [t.stem];
      });
      const asked = new Set(terms);
      // An actor matches when every word of one of its forms is in the query; longer forms first.
      const entities = index.entities
        .map((e) => ({ e, words: Math.max(0, ...e.forms.map((f) => f.split(' ')).filter((ws) => ws.every((w) => asked.has(w))).map((ws) => ws.length)) }))
        .filter((m) => m.words > 0)
        .sort((a, b) => b.words - a.words || b.e.mentionCount - a.e.mentionCount)
        .map(({ e }) => entityRef(e));
      const passages = ranker
        .score(terms)
        .slice(0, opts.passages ?? DEFAULT_PASSAGES)
        .map(({ doc, score }) => ({ ...ref(doc), score }));
      return { entities, passages };
    },
  };
}

function pairs(flat: number[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i]!, end: flat[i + 1]! });
  return out;
}
