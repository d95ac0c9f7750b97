/**
 * The corpus index, loaded from the extension's own data/index.json the first time a question
 * needs it (and again after the browser has stopped an idle service worker).
 */
import browser from 'webextension-polyfill';
import type { CorpusIndex } from '../index/format';
import { openIndex } from '../index/query';
import officesJson from '../../seeds/offices.json';
import type { Offices } from '../dated/offices';
import { corpusAnswers } from './views';

let answers: Promise<ReturnType<typeof corpusAnswers>> | null = null;

export function corpus(): Promise<ReturnType<typeof corpusAnswers>> {
  answers ??= (async () => {
    const response = await fetch(browser.runtime.getURL('data/index.json'));
    if (!response.ok) throw new Error(`corpus index: ${response.status}`);
    // The offices the build validated, bundled as they are.
    return corpusAnswers(openIndex((await response.json()) as CorpusIndex), officesJson as unknown as Offices);
  })();
  // A failed load is retried on the next question rather than remembered.
  answers.catch(() => (answers = null));
  return answers;
}
