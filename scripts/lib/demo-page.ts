/**
 * The bundled demo: seed article 003 (Arabi Post, 8 July 2024) laid out as an Arabic news site
 * would, with navigation, a byline, a linked name, a most-read list and a footer, so that a new
 * user sees Siyaq at work on something that looks like the pages it is for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from './escape-html.ts';

const SEED = 'seeds/003_089047fdd85d018b.txt';
// Lines of the saved page that are the site's widgets, not the article.
const WIDGETS = new Set(['تحميل المزيد']);
// How news sites link a person's name to a tag page; Siyaq must still find the name inside.
const LINKED_NAME = 'جون كيربي';

/** Short lines with no closing punctuation are the article's subheadings. */
const isSubhead = (line: string): boolean => line.length < 40 && !/[.:؟!»"”]$/.test(line);

export function renderDemoPage(root: string): string {
  const lines = readFileSync(join(root, SEED), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !WIDGETS.has(l));
  const [title, outlet, published, , credit, ...body] = lines;
  const paragraphs = body
    .map((line, i) => {
      if (isSubhead(line)) return `<h2>${escapeHtml(line)}</h2>`;
      let html = escapeHtml(line);
      if (i === 0) html = html.replace(LINKED_NAME, `<a href="#tag-kirby" class="tag">${LINKED_NAME}</a>`);
      return `<p>${html}</p>`;
    })
    .join('\n      ');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title!)}</title>
  <style>
    body { margin: 0; font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', Tahoma, sans-serif; background: #f5f5f4; color: #1c1917; }
    header { background: #7f1d1d; color: #fff; padding: 0.6rem 1.5rem; display: flex; gap: 2rem; align-items: baseline; }
    header strong { font-size: 1.5rem; }
    header nav a { color: #fecaca; margin-inline-end: 1rem; text-decoration: none; }
    .layout { display: grid; grid-template-columns: minmax(0, 44rem) 16rem; gap: 2rem; max-width: 64rem; margin: 1.5rem auto; padding: 0 1rem; }
    article { background: #fff; padding: 1.5rem 2rem; border-radius: 6px; line-height: 1.9; font-size: 1.1rem; }
    article h1 { line-height: 1.5; margin-top: 0; }
    .meta { color: #57534e; font-size: 0.9rem; }
    aside { background: #fff; padding: 1rem; border-radius: 6px; align-self: start; }
    aside li { margin-bottom: 0.6rem; }
    footer { text-align: center; color: #78716c; padding: 2rem; }
    @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
  </style>
</head>
<body>
  <header>
    <strong>أخبار المنطقة</strong>
    <nav><a href="#">الرئيسية</a><a href="#">سياسة</a><a href="#">اقتصاد</a><a href="#">رأي</a></nav>
  </header>
  <div class="layout">
    <article>
      <h1>${escapeHtml(title!)}</h1>
      <p class="meta">${escapeHtml(outlet!)} · ${escapeHtml(published!)} · ${escapeHtml(credit!)}</p>
      ${paragraphs}
    </article>
    <aside>
      <h3>الأكثر قراءة</h3>
      <ol>
        <li><a href="#">أسعار الذهب اليوم في الأسواق المحلية</a></li>
        <li><a href="#">موجة حر تضرب المنطقة خلال الأيام المقبلة</a></li>
        <li><a href="#">نتائج الجولة الأخيرة من الدوري</a></li>
      </ol>
    </aside>
  </div>
  <footer>صفحة تجريبية من سياق، مبنية من مقال في المدونة المرفقة.</footer>
</body>
</html>
`;
}
