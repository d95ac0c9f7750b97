/**
 * The visible text of an HTML document, for scanning saved pages from the command line (the
 * extension itself reads the live DOM). Script, style, noscript and template contents, comments
 * and tags are dropped, whitespace runs collapse to one space as a browser renders them, block
 * elements and <br> become line breaks, and character references are decoded.
 */

const HIDDEN = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BLOCK = /^(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|td|th|tr|ul)$/i;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»',
  hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
  lrm: '\u200e', rlm: '\u200f', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', copy: '©',
};

function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

export function htmlToText(html: string): string {
  const text = html
    .replace(HIDDEN, ' ')
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(TAG, (_, name?: string) => (name !== undefined && BLOCK.test(name) ? '\n' : ''));
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a file looks like HTML, by name or by its first characters. */
export function looksLikeHtml(name: string, text: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*<(?:!doctype\s+html|html)\b/i.test(text.slice(0, 512));
}
