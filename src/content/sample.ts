/** Skipped when reading a page's text: never prose a reader sees. */
export const NON_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE', 'SVG', 'MATH']);

/**
 * The first `limit` characters of the page's prose, read from text nodes so that a huge page
 * costs no layout (innerText would) and no more than the sample needs.
 */
export function sampleText(root: Node, limit = 4000): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && NON_PROSE.has(node.parentElement.tagName.toUpperCase())
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    text += node.nodeValue ?? '';
  }
  return text.slice(0, limit);
}
