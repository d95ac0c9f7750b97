/**
 * The engine, loaded only where Siyaq runs (content.js, which every page loads, decides that):
 * the catalogue's matchers read from the data file, the page matcher that resolves role phrases
 * and anaphors on the page's publication date, that date, and the article as the library saves
 * it.
 */
export { captureArticle } from './article-capture';
export { pageDate } from './page-date';
export { pageMatcher } from '../match/page-matcher';
export { readContentData } from './data-read';
