/**
 * The visible text of an HTML document, for scanning saved pages from the command line (the
 * extension itself reads the live DOM). Script, style, noscript and template contents, comments
 * and tags are dropped, whitespace runs collapse to one space as a browser renders them, block
 * elements and <br> become line breaks, and character references are decoded.
 */
import { LEAD_CHARS, type DateEvidence } from './publication-date';

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
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
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

const META = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;
const JSON_LD = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
const TIME = /<time\b[^>]*>/gi;
const ARTICLE = /<article\b[^>]*>([\s\S]*?)<\/article\s*>/i;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

/** What an HTML file says of its publication date, as the content script reads it from the DOM. */
export function htmlDateEvidence(html: string): DateEvidence {
  const meta: [string, string][] = [];
  for (const [tag] of html.matchAll(META)) {
    const a = attributes(tag);
    const name = a.get('property') ?? a.get('name') ?? a.get('itemprop');
    if (name !== undefined && a.has('content')) meta.push([name, a.get('content')!]);
  }
  const article = ARTICLE.exec(html)?.[1] ?? html;
  const times = [...article.matchAll(TIME)].map(([tag]) => attributes(tag).get('datetime')).filter((d): d is string => d !== undefined);
  return { meta, jsonLd: [...html.matchAll(JSON_LD)].map((m) => m[1]!), times, lead: htmlToText(article).slice(0, LEAD_CHARS) };
}
