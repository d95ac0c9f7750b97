/**
 * The catalogue and the dated offices as the content script holds them: bundled at build time,
 * after the build has validated seeds/catalogue.json and seeds/offices.json (naming file and
 * line on any fault). The role phrases and anaphors are a second, smaller catalogue of their own.
 */
import catalogueJson from '../../seeds/catalogue.json';
import officesJson from '../../seeds/offices.json';
import { officeEntities, type Offices } from '../dated/offices';
import { anaphorEntities } from '../match/anaphora';
import type { Catalogue, CatalogueEntity } from '../match/catalogue-types';

export const catalogue = catalogueJson as unknown as Catalogue;
export const offices = officesJson as unknown as Offices;

/** Role phrases («الرئيس الأمريكي») and anaphors («الحركة»), resolved per page before showing. */
export const derivedCatalogue: Catalogue = { version: catalogue.version, entities: [...officeEntities(offices), ...anaphorEntities()] };

export const entities: ReadonlyMap<string, CatalogueEntity> = new Map(catalogue.entities.map((e) => [e.id, e]));

export const people: ReadonlySet<string> = new Set(catalogue.entities.filter((e) => e.type === 'person').map((e) => e.id));
