/** What Siyaq reads of the page besides its names: its publication date, and the article to save. */
export { captureArticle } from './article-capture';
export { pageDate } from './page-date';
