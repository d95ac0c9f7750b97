/**
 * The corpus index, loaded from the extension's own data/index.json the first time a question
 * needs it (and again after the browser has stopped an idle service worker).
 */
import type { CorpusIndex } from '../index/format';
import { openIndex } from '../index/query';
import officesJson from '../../seeds/offices.json';
import type { Offices } from '../dated/offices';
import { catalogue } from '../library/indexer';
import { openLibrary } from '../library/library';
import { entityRef } from '../match/catalogue-types';
import { ownFile } from './own-file';
import { corpusAnswers, packAnswers } from './views';

/** The reader's library, in the extension's IndexedDB. */
export const library = openLibrary();

const catalogueRefs = new Map(catalogue.entities.map((e) => [e.id, entityRef(e)]));

let answers: Promise<ReturnType<typeof packAnswers>> | null = null;

/** Answers over both packs: the bundled corpus and the reader's library. */
export function corpus(): Promise<ReturnType<typeof packAnswers>> {
  answers ??= (async () => {
    // A wake's first question waits for both: the database opens while the index is fetched.
    const opening = library.open();
    opening.catch(() => undefined);
    const response = await ownFile('data/index.json');
    // The offices the build validated, bundled as they are.
    const bundled = corpusAnswers(openIndex((await response.json()) as CorpusIndex), officesJson as unknown as Offices);
    return packAnswers(bundled, library, (id) => catalogueRefs.get(id) ?? null);
  })();
  // A failed load is retried on the next question rather than remembered.
  answers.catch(() => (answers = null));
  return answers;
}
