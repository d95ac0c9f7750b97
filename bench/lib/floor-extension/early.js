// The highlight sheet, adopted while the document is nearly empty, as Siyaq adopts its own:
// adopting a sheet later restyles the whole document, a large cost on a long page.
const sheet = new CSSStyleSheet();
sheet.replaceSync(
  '::highlight(floor) { background-color: rgb(37 99 235 / 0.16); text-decoration: underline 2px rgb(37 99 235 / 0.85); text-underline-offset: 0.3em; }',
);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
