/**
 * Styles for Siyaq's UI inside its shadow root, as a constructable stylesheet: isolated from the
 * page's CSS, and not blocked by a page CSP that forbids inline styles.
 */
export function adoptCss(root: ShadowRoot | Document, css: string): CSSStyleSheet {
  const win = (root instanceof Document ? root : root.ownerDocument).defaultView as typeof globalThis;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return sheet;
}
