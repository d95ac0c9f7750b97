/**
 * The catalogue as the content script holds it: bundled at build time, after the build has
 * validated seeds/catalogue.json (naming file and line on any fault).
 */
import catalogueJson from '../../seeds/catalogue.json';
import type { Catalogue, CatalogueEntity } from '../match/catalogue-types';

export const catalogue = catalogueJson as unknown as Catalogue;

export const entities: ReadonlyMap<string, CatalogueEntity> = new Map(catalogue.entities.map((e) => [e.id, e]));
