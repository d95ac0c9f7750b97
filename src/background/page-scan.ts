/**
 * Finds the catalogue's entities, and the reader's own actors, in the text of a page for its
 * content script. The engine runs here rather than on the page: a page's isolate is new on every
 * page, so there the matcher, the resolver and all their code ran cold every time (a typical
 * article's 9,000 characters cost the page's main thread 5-10 ms, almost all of it compiling and
 * interpreting code that had never run), where the background's stays warm from one page to the
 * next and costs the page nothing but the message.
 */
import { readContentData } from '../match/data-read';
import type { ContentData } from '../match/data-file';
import type { UserActor } from '../library/types';
import { actorMatcher } from '../match/actor-matcher';
import { entityRef, FORM_KINDS, type EntityRef } from '../match/catalogue-types';
import type { Matcher, WordMatcher } from '../match/matcher';
import { pageMatcher } from '../match/page-matcher';
import { actorEntities } from '../match/user-actors';
import type { PageFound } from '../messages/protocol';

/** The page scans of one background: the data file and the reader's actors read once, kept warm. */
export interface PageScans {
  /**
   * The mentions in each of `texts`, read on the page's `date`: per text, four numbers a mention
   * (start, end, its entity's place in `entities`, its form's in FORM_KINDS), numbers rather
   * than objects since a live blog's batch holds thousands. `page` names one reading of one
   * page: anaphors resolve in page order (a page that has named Hamas may go on to say «الحركة»),
   * so each reading has a matcher of its own, its texts sent in page order.
   */
  scan(page: string, texts: readonly string[], date: string): Promise<PageFound>;
  /** The reader's actors changed: the next scan reads them again. */
  forgetActors(): void;
}

/** What every reading's matcher is made from: the data file with the reader's actors as they were read. */
interface Engine {
  data: ContentData;
  /** The catalogue's people and the reader's: a role phrase's name must be one. */
  people: ReadonlySet<string>;
  actors: WordMatcher | null;
  ref: (id: string) => EntityRef | undefined;
}

/** `readData`: the bytes of data/content.bin; `listActors`: the reader's actors as stored. */
export function pageScans(readData: () => Promise<ArrayBuffer>, listActors: () => Promise<UserActor[]>): PageScans {
  // Each is made again on the next page after a failure, rather than the failure remembered;
  // the data file is read once, the actors again whenever they change.
  let data: Promise<ContentData> | null = null;
  let engine: Promise<Engine> | null = null;
  const engineNow = (): Promise<Engine> => {
    if (!data) {
      data = readData().then(readContentData);
      data.catch(() => (data = null));
    }
    engine ??= Promise.all([data, listActors()]).then(([d, all]) => {
      const own = actorEntities(all);
      const refs = new Map(own.map((e) => [e.id, entityRef(e)]));
      const ownPeople = own.filter((e) => e.type === 'person').map((e) => e.id);
      return {
        data: d,
        people: ownPeople.length === 0 ? d.people : new Set([...d.people, ...ownPeople]),
        actors: own.length === 0 ? null : actorMatcher(own),
        ref: (id) => d.entities.get(id) ?? refs.get(id),
      };
    });
    engine.catch(() => (engine = null));
    return engine;
  };

  // Each reading's matcher, which resolves its roles on its page's date and its anaphors in its
  // page's order; the most recently used kept, as many as a reader has pages open.
  const matchers = new Map<string, Matcher>();
  const matcherFor = async (page: string, date: string): Promise<{ matcher: Matcher; ref: Engine['ref'] }> => {
    const { data: d, people, actors, ref } = await engineNow();
    const key = `${page} ${date}`;
    let matcher = matchers.get(key);
    if (matcher) matchers.delete(key);
    else {
      matcher = pageMatcher(d.plain, d.derived, { date, offices: d.offices, rules: d.rules, people }, actors);
      if (matchers.size >= KEPT_READINGS) matchers.delete(matchers.keys().next().value!);
    }
    matchers.set(key, matcher);
    return { matcher, ref };
  };

  return {
    async scan(page, texts, date) {
      const { matcher, ref } = await matcherFor(page, date);
      const entities: EntityRef[] = [];
      const place = new Map<string, number>();
      const found = texts.map((text) => {
        const out: number[] = [];
        for (const m of matcher.scan(text)) {
          let k = place.get(m.id);
          if (k === undefined) {
            const named = ref(m.id);
            if (!named) continue;
            place.set(m.id, (k = entities.length));
            entities.push(named);
          }
          out.push(m.start, m.end, k, FORM_KINDS.indexOf(m.form));
        }
        return out;
      });
      return { entities, found };
    },
    forgetActors() {
      engine = null;
      matchers.clear();
    },
  };
}

const KEPT_READINGS = 64;
