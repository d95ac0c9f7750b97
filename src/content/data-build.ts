/**
 * Builds data/content.bin (see data-file.ts) from the validated catalogue and offices. Node
 * only: the build and the tests run it, the content script never does.
 */
import { ANAPHORA, anaphorEntities } from '../match/anaphora';
import { officeEntities, type Offices } from '../dated/offices';
import { entityRef, type Catalogue } from '../match/catalogue-types';
import { compileTrie } from '../match/form-trie';
import { packBytes, packTrie } from '../match/packed-trie';
import type { DataMeta } from './data-file';

/** The catalogue of role phrases and anaphors that the content script resolves per page. */
export const derivedCatalogue = (catalogue: Catalogue, offices: Offices): Catalogue => ({
  version: catalogue.version,
  entities: [...officeEntities(offices), ...anaphorEntities()],
});

export function buildContentData(catalogue: Catalogue, offices: Offices): Uint8Array {
  const arrays: Parameters<typeof packTrie>[1] = [];
  const meta: DataMeta = {
    plain: packTrie(compileTrie(catalogue), arrays),
    derived: packTrie(compileTrie(derivedCatalogue(catalogue, offices)), arrays),
    entities: catalogue.entities.map(entityRef),
    offices,
    rules: ANAPHORA,
  };
  return packBytes(meta, arrays);
}
