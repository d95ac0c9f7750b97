/**
 * Reads a page region as blocks of text, the way a reader sees paragraphs: inline elements (a
 * link around a first name, bold around a surname) join their text into one block, so a name
 * split across them is still one string to the matcher; every block keeps the text nodes it came
 * from so that offsets in its text map back to DOM positions.
 */
import { ProseWalker } from './skip';

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD', 'LABEL',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** A block's text nodes and where each starts in its text. */
export interface BlockNodes {
  nodes: readonly Text[];
  /** starts[i] is where nodes[i] begins in the block's text. */
  starts: readonly number[];
}

export interface TextBlock extends BlockNodes {
  /** The element whose inline content this block is (its nearest block-level ancestor). */
  container: Element;
  text: string;
  nodes: Text[];
  starts: number[];
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName.toUpperCase());
}

/** The nearest ancestor (or self) that is not inline: the element a text node's block belongs to. */
export function blockContainerOf(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el;
}

/**
 * Every block of text under `root`, in document order, skipping what a reader does not read
 * (scripts, editable fields, navigation…, see skip.ts). A generator, so that a huge page can be
 * walked in time slices. A block is yielded once its text is complete.
 */
export function* textBlocks(root: Element): Generator<TextBlock> {
  let current: TextBlock | null = null;
  // Text nodes come in runs under one parent: its block container is looked up once per run.
  let parent: Element | null = null;
  let parentContainer: Element | null = null;
  const prose = new ProseWalker(root);
  for (let node = prose.next(); node; node = prose.next()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      // Entering a block element (or a <br>) ends the current line of text.
      if (!INLINE.has(prose.tag) && current) {
        yield current;
        current = null;
      }
      continue;
    }
    const text = node as Text;
    const value = text.data;
    if (value.length === 0) continue;
    if (text.parentElement !== parent) {
      parent = text.parentElement;
      parentContainer = blockContainerOf(text);
    }
    const container = parentContainer;
    if (!container) continue;
    if (current === null || current.container !== container) {
      if (current) yield current;
      current = null;
      if (value.trim() === '') continue;
      current = { container, text: '', nodes: [], starts: [] };
    }
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += value;
  }
  if (current) yield current;
}

/**
 * Which of a block's text nodes holds offset `offset` of its text; at a boundary between two
 * nodes, the earlier one when `preferEnd` (a mention ending there), else the later one.
 */
export function nodeAt(block: BlockNodes, offset: number, preferEnd: boolean): number {
  const { starts } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! < offset || (!preferEnd && starts[mid]! === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
