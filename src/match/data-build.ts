/**
 * Builds data/content.bin (see data-file.ts) from the validated catalogue and offices. Node
 * only: the build and the tests run it, the extension never does.
 */
import { ANAPHORA, anaphorEntities } from './anaphora';
import { officeEntities, type Offices } from '../dated/offices';
import { entityRef, type Catalogue } from './catalogue-types';
import { compileTrie } from './form-trie';
import { packBytes, packTrie } from './packed-trie';
import type { DataMeta } from './data-file';

/** The catalogue of role phrases and anaphors that a page's scan resolves on the page's date. */
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
