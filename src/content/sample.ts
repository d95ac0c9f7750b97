/**
 * The first `limit` characters of the page's prose (what skip.ts does not skip), read from text
 * nodes so that a huge page costs no layout (innerText would) and no more than the sample needs.
 */
import { ProseWalker } from './dom/skip';

export function sampleText(root: Element, limit = 4000): string {
  let text = '';
  const prose = new ProseWalker(root);
  for (let node = prose.next(); node && text.length < limit; node = prose.next()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
  }
  return text.slice(0, limit);
}
