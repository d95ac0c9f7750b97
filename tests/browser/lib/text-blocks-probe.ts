/**
 * Bundled into a test page by text-blocks.test.ts: the walk as Siyaq runs it, and beside it the
 * walk it was before blocks of inline content were read whole, element by element and text node
 * by text node (the oracle), each as plain data the test can compare.
 */
import { ProseWalker } from '../../../src/content/dom/skip';
import { blockContainerOf, isInline, textBlocks } from '../../../src/content/dom/text-blocks';

export interface ProbedBlock {
  container: number;
  text: string;
  /** Each text node as its index among the page's text nodes, and where it starts in the text. */
  nodes: number[];
  starts: number[];
  /** The nodes were looked up after the walk, from the block's element (read whole). */
  whole: boolean;
}

function indexer(root: Node): (node: Node) => number {
  const ids = new Map<Node, number>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n: Node | null = root; n; n = walker.nextNode()) ids.set(n, ids.size);
  return (node) => ids.get(node) ?? -1;
}

function oracle(root: Element): { container: Element; text: string; nodes: Text[]; starts: number[] }[] {
  const out: { container: Element; text: string; nodes: Text[]; starts: number[] }[] = [];
  let current: (typeof out)[number] | null = null;
  const prose = new ProseWalker(root);
  for (let node = prose.next(); node; node = prose.next()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (!isInline(node as Element) && current) {
        out.push(current);
        current = null;
      }
      continue;
    }
    const text = node as Text;
    if (text.data.length === 0) continue;
    const container = blockContainerOf(text);
    if (!container) continue;
    if (current === null || current.container !== container) {
      if (current) out.push(current);
      current = null;
      if (text.data.trim() === '') continue;
      current = { container, text: '', nodes: [], starts: [] };
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
  }
  if (current) out.push(current);
  return out;
}

Object.assign(globalThis, {
  probeBlocks(selector: string): { walk: ProbedBlock[]; oracle: ProbedBlock[] } {
    const root = document.querySelector(selector)!;
    const id = indexer(root);
    const walk = [...textBlocks(root)].map((b) => ({
      container: id(b.container),
      text: b.text,
      nodes: b.at.nodes.map(id),
      starts: [...b.at.starts],
      whole: Object.getPrototypeOf(b.at) !== Object.prototype,
    }));
    const before = oracle(root).map((b) => ({ container: id(b.container), text: b.text, nodes: b.nodes.map(id), starts: b.starts, whole: false }));
    return { walk, oracle: before };
  },
});
