/** Reads data/content.bin (see data-file.ts) as views over its bytes. */
import { trieMatcher } from './matcher';
import { unpackBytes, unpackTrie } from './packed-trie';
import type { ContentData, DataMeta } from './data-file';

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
