/**
 * What the content script knows, as the build ships it in data/content.bin (data-build.ts): the
 * catalogue's two matchers compiled, the entities' names and types, and the dated offices. A page
 * reads it as views over the fetched bytes; nothing is compiled in the page.
 */
import type { Offices } from '../dated/offices';
import type { AnaphoraRule } from '../match/anaphora';
import type { EntityRef } from '../match/catalogue-types';
import { trieMatcher, type WordMatcher } from '../match/matcher';
import { unpackBytes, unpackTrie, type TrieMeta } from '../match/packed-trie';

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

export function readContentData(buffer: ArrayBuffer): ContentData {
  const { meta, arrays } = unpackBytes<DataMeta>(buffer);
  return {
    plain: trieMatcher(unpackTrie(meta.plain, arrays)),
    derived: trieMatcher(unpackTrie(meta.derived, arrays)),
    entities: new Map(meta.entities.map((e) => [e.id, e])),
    offices: meta.offices,
    rules: meta.rules,
    people: new Set(meta.entities.filter((e) => e.type === 'person').map((e) => e.id)),
  };
}

/** Fetches and reads the data file from its extension URL. */
export async function loadContentData(url: string): Promise<ContentData> {
  const response = await fetch(url);
  return readContentData(await response.arrayBuffer());
}
