/**
 * The benchmark page set, generated from the seeds so that it reads like real Arabic news:
 * a typical article of about 1,500 words, and a long live blog of at least 5 MB of HTML and
 * 20,000 text nodes. (The page that appends 200 paragraphs a second is tests/fixtures/storm.html.)
 */
import { escapeHtml } from '../../scripts/lib/escape-html';
import { seedTexts } from './seeds';

/** Every prose line of the seeds: long enough to be a paragraph, not a widget or a teaser. */
export function seedParagraphs(root: string): string[] {
  return seedTexts(root)
    .flatMap((text) => text.split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 25);
}

const page = (title: string, body: string): string => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:46rem;margin:0 auto;line-height:1.8}</style></head>
<body><header><nav><a href="#">الرئيسية</a> <a href="#">أخبار</a></nav></header>
${body}
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>
`;

export function typicalArticle(root: string): { html: string; words: number } {
  const paragraphs: string[] = [];
  let words = 0;
  for (const p of seedParagraphs(root)) {
    if (words >= 1500) break;
    paragraphs.push(p);
    words += p.split(/\s+/).length;
  }
  const body = `<main><article><h1>مفاوضات وقف إطلاق النار في غزة</h1>\n${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article></main>`;
  return { html: page('مقال نموذجي', body), words };
}

export function liveBlog(root: string, minBytes = 5 * 1024 * 1024, minTextNodes = 20_000): { html: string; textNodes: number } {
  const paragraphs = seedParagraphs(root);
  const entries: string[] = [];
  let bytes = 0;
  let textNodes = 0;
  for (let i = 0; bytes < minBytes || textNodes < minTextNodes; i++) {
    const words = paragraphs[i % paragraphs.length]!.split(' ');
    // Names split by markup as live blogs write them: a link and a bold run inside the text.
    const cut = Math.floor(words.length / 3);
    const entry =
      `<article class="entry"><h3>${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</h3>` +
      `<p>${escapeHtml(words.slice(0, cut).join(' '))} <a href="#e${i}">${escapeHtml(words[cut]!)}</a> ` +
      `<b>${escapeHtml(words.slice(cut + 1, cut + 4).join(' '))}</b> ${escapeHtml(words.slice(cut + 4).join(' '))}</p></article>`;
    entries.push(entry);
    bytes += Buffer.byteLength(entry);
    textNodes += 6;
  }
  const body = `<main><h1>تغطية مباشرة</h1>\n<div id="feed">\n${entries.join('\n')}\n</div></main>`;
  return { html: page('تغطية مباشرة', body), textNodes };
}
