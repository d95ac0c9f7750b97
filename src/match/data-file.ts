/**
 * What the background's page scans know (see background/page-scan.ts), as the build ships it in
 * data/content.bin (data-build.ts): the catalogue's two matchers compiled, the entities' names and
 * types, and the dated offices. It is read as views over the fetched bytes (data-read.ts): nothing
 * is compiled when the background wakes.
 */
import type { Offices } from '../dated/offices';
import type { AnaphoraRule } from './anaphora';
import type { EntityRef } from './catalogue-types';
import type { WordMatcher } from './matcher';
import type { TrieMeta } from './packed-trie';

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
