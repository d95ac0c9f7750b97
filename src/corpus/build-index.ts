/**
 * Builds the corpus index: cleans the articles, finds the catalogue's actors in every sentence
 * and precomputes for each actor what a reader will ask (description, roles, ranked passages,
 * related actors, timeline), plus BM25 postings for free-text search.
 */
import type { Catalogue, EntityType } from '../match/catalogue-types';
import { parseCatalogue } from '../match/catalogue';
import { compileMatcher } from '../match/matcher';
import { loadArticles, type SeedFile } from './articles';
import { buildPostings } from '../index/bm25';
import { extractDates, type TextDate } from '../text/dates';
import { bestRole, rolesByArticle, type RoleSighting } from './describe';
import {
  INDEX_FORMAT, INDEX_VERSION, type CorpusIndex, type IndexEntity, type IndexPassage, type IndexSentence,
} from '../index/format';
import { dropNearDuplicates, shingles } from '../text/near-duplicates';
import { relatedActors } from './related';
import { acts, roleNear, type RoleKind } from '../index/roles';
import { statementDate } from '../index/timeline';
import { passageScore } from '../index/passage-score';
import type { Span } from '../index/types';
import { tokenize, type Token, type Vocabulary } from '../text/tokens';
import type { CleanArticle } from './types';

export const CATALOGUE_FILE = 'seeds/catalogue.json';

/** A name found in a sentence; offsets in the sentence. */
export interface SentenceMention extends Span {
  id: string;
}

export function buildIndex(seedFiles: SeedFile[], metadataJson: string, catalogueJson: string): CorpusIndex {
  const { articles } = loadArticles(seedFiles, metadataJson);
  const catalogue = parseCatalogue(catalogueJson, CATALOGUE_FILE);
  const matcher = compileMatcher(catalogue);
  return indexArticles(articles, catalogue, (text) => matcher.scan(text));
}

interface SentenceFacts {
  article: number;
  text: string;
  tokens: Token[];
  mentions: (Span & { entity: number })[];
  dates: TextDate[];
  shingles: Set<string>;
}

/** What one sentence says about one actor named in it. */
interface Sighting {
  sentence: number;
  spans: Span[];
  score: number;
}

/** Which entities the corpus can describe by a role, and with which head words. */
const ROLE_KIND: Record<EntityType, RoleKind | null> = {
  person: 'person',
  organization: 'body',
  media: 'body',
  state: null,
  place: null,
  event: null,
};


/** The index for clean articles, with `scan` finding the actors in a sentence. */
export function indexArticles(articles: CleanArticle[], catalogue: Catalogue, scan: (text: string) => SentenceMention[]): CorpusIndex {
  const entityIndex = new Map(catalogue.entities.map((e, i) => [e.id, i]));
  const words = new Set<string>();
  for (const a of articles) for (const s of a.sentences) for (const t of tokenize(s.text)) words.add(t.folded);
  for (const e of catalogue.entities) for (const f of e.forms) for (const t of tokenize(f.text)) words.add(t.folded);
  const known: Vocabulary = (w) => words.has(w);
  const facts: SentenceFacts[] = [];
  const sentences: IndexSentence[] = [];
  const indexed = articles.map((a, ai) => {
    const first = sentences.length;
    for (const s of a.sentences) {
      const tokens = tokenize(s.text, known);
      const mentions = scan(s.text).map((m) => {
        const entity = entityIndex.get(m.id);
        if (entity === undefined) throw new Error(`${CATALOGUE_FILE}:1: the matcher returned "${m.id}", which the catalogue lacks`);
        return { start: m.start, end: m.end, entity };
      });
      facts.push({ article: ai, text: s.text, tokens, mentions, dates: extractDates(s.text, a.date), shingles: shingles(tokens.map((t) => t.stem)) });
      sentences.push([ai, s.start, s.end, s.text]);
    }
    const out = { id: a.id, file: a.file, title: a.title, titleStatus: a.titleStatus, outlet: a.outlet, date: a.date, dateStatus: a.dateStatus, first, count: sentences.length - first };
    return a.dateEvidence === undefined ? out : { ...out, dateEvidence: a.dateEvidence };
  });

  const sightings = catalogue.entities.map(() => [] as Sighting[]);
  const roleSightings = catalogue.entities.map(() => [] as RoleSighting[]);
  facts.forEach((f, si) => {
    const byEntity = new Map<number, Span[]>();
    for (const m of f.mentions) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
    for (const [entity, spans] of byEntity) {
      const kind = ROLE_KIND[catalogue.entities[entity]!.type];
      const people = f.mentions.filter((m) => m.entity !== entity && catalogue.entities[m.entity]!.type === 'person');
      const roles = spans.map((m) => (kind ? roleNear(f.text, f.tokens, m, kind, people) : null));
      const role = roles.find((r) => r !== null) ?? null;
      if (role) roleSightings[entity]!.push({ text: role.text, article: f.article, sentence: si });
      const acting = spans.some((m, k) => acts(f.tokens, m, roles[k]!));
      const lead = si === indexed[f.article]!.first;
      const score = passageScore({ acting, described: role !== null, mentions: spans.length, lead });
      sightings[entity]!.push({ sentence: si, spans, score });
    }
  });

  const sentencesOf = sightings.map((list) => new Set(list.map((s) => s.sentence)));
  const dateOf = (article: number): string => articles[article]!.date;
  const entities: IndexEntity[] = catalogue.entities.map((e, ei) => {
    const ranked = dropNearDuplicates(
      [...sightings[ei]!].sort((a, b) => b.score - a.score || a.sentence - b.sentence),
      (s) => facts[s.sentence]!.shingles,
    );
    const description = bestRole(roleSightings[ei]!);
    const timeline = ranked
      .map((s) => {
        const f = facts[s.sentence]!;
        return { s, d: statementDate(f.text, f.dates, s.spans, articles[f.article]!) };
      })
      .sort((a, b) => a.d.date.localeCompare(b.d.date) || a.s.sentence - b.s.sentence);
    return {
      id: e.id,
      type: e.type,
      ar: e.ar,
      en: e.en,
      forms: [...new Set(e.forms.map((f) => tokenize(f.text, known).map((t) => t.stem).join(' ')))].filter((f) => f !== ''),
      description: description ? [description.text, description.sentence] : null,
      roles: rolesByArticle(roleSightings[ei]!, dateOf).map((r) => [r.article, r.text, r.sentence]),
      passages: ranked.map((s): IndexPassage => [s.sentence, ...s.spans.flatMap((m) => [m.start, m.end])]),
      mentionCount: sightings[ei]!.reduce((n, s) => n + s.spans.length, 0),
      related: relatedActors(ei, sentencesOf, facts.length).map((r) => [r.entity, r.shared]),
      timeline: timeline.map(({ s, d }) => [d.date, s.sentence, d.inferred ? 1 : 0]),
    };
  });

  const { postings, lengths } = buildPostings(facts.map((f) => f.tokens.map((t) => t.stem)));
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    articles: indexed,
    sentences,
    entities,
    postings,
    lengths,
  };
}
