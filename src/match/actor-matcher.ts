/**
 * The matcher of the reader's own actors, compiled by the background whenever they change (see
 * user-actors.ts and background/page-scan.ts): the catalogue's matchers ship compiled.
 */
import type { CatalogueEntity } from './catalogue-types';
import { compileMatcher, type WordMatcher } from './matcher';

export const actorMatcher = (entities: CatalogueEntity[]): WordMatcher => compileMatcher({ version: 1, entities });
