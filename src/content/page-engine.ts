/**
 * Siyaq at work on a page, loaded only where it runs (content.js, which every page loads, decides
 * that): the page's marks, the scanner that sends its text to the background to be matched, the
 * card and sidebar controllers (SiyaqPage), the page's publication date, and the article as the
 * library saves it. A module rather than part of content.js: the browser compiles a module it
 * fetches off the main thread as it streams in, and all of its functions at once (the build marks
 * it so), where a content script is compiled on the page's main thread and its functions one by
 * one as they first run.
 */
export { captureArticle } from './article-capture';
export { SiyaqPage } from './siyaq-page';
