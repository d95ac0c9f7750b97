/**
 * The matcher of the reader's own actors, compiled on the page (see user-actors.ts). Compiling
 * needs the whole trie compiler, which the catalogue's shipped matchers spare every other page:
 * so it is a module of its own (actor-matcher.js), loaded only where the reader has added actors.
 */
import type { CatalogueEntity } from './catalogue-types';
import { compileMatcher, type WordMatcher } from './matcher';

export const actorMatcher = (entities: CatalogueEntity[]): WordMatcher => compileMatcher({ version: 1, entities });
