/**
 * What the content script knows, as the build ships it in data/content.bin (data-build.ts): the
 * catalogue's two matchers compiled, the entities' names and types, and the dated offices. A page
 * reads it as views over the fetched bytes (data-read.ts); nothing is compiled in the page. This
 * file holds no code, so that content.js can name the file without taking in the engine.
 */
import type { Offices } from '../dated/offices';
import type { AnaphoraRule } from '../match/anaphora';
import type { EntityRef } from '../match/catalogue-types';
import type { WordMatcher } from '../match/matcher';
import type { TrieMeta } from '../match/packed-trie';

export const DATA_FILE = 'data/content.bin';

export interface DataMeta {
  plain: TrieMeta;
  derived: TrieMeta;
  entities: EntityRef[];
  offices: Offices;
  rules: readonly AnaphoraRule[];
}

export interface ContentData {
  /** The catalogue's own forms. */
  plain: WordMatcher;
  /** Role phrases («الرئيس الأمريكي») and anaphors («الحركة»), resolved per page before showing. */
  derived: WordMatcher;
  entities: ReadonlyMap<string, EntityRef>;
  offices: Offices;
  /** The anaphora table: data, so it travels with the data rather than in every page's script. */
  rules: readonly AnaphoraRule[];
  people: ReadonlySet<string>;
}
