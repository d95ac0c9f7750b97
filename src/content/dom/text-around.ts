/**
 * A little of an element's text either side of a point in it, read from the neighbouring text
 * nodes only: a snippet must not cost the whole element's text (a live blog's container holds
 * megabytes, and a sidebar lists many mentions).
 */

/** Up to `n` characters of `container`'s text before (node, offset). */
export function textBefore(container: Element, node: Text, offset: number, n: number): string {
  let out = node.data.slice(Math.max(0, offset - n), offset);
  const walker = textWalker(container, node);
  for (let prev = walker.previousNode(); prev && out.length < n; prev = walker.previousNode()) {
    out = (prev as Text).data.slice(-(n - out.length)) + out;
  }
  return out;
}

/** Up to `n` characters of `container`'s text after (node, offset). */
export function textAfter(container: Element, node: Text, offset: number, n: number): string {
  let out = node.data.slice(offset, offset + n);
  const walker = textWalker(container, node);
  for (let next = walker.nextNode(); next && out.length < n; next = walker.nextNode()) {
    out += (next as Text).data.slice(0, n - out.length);
  }
  return out;
}

function textWalker(container: Element, at: Text): TreeWalker {
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  walker.currentNode = at;
  return walker;
}
