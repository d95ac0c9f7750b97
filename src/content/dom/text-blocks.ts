/**
 * Reads a page region as blocks of text, the way a reader sees paragraphs: inline elements (a
 * link around a first name, bold around a surname) join their text into one block, so a name
 * split across them is still one string to the matcher; every block can name the text nodes it
 * came from, so that offsets in its text map back to DOM positions.
 */
import { isSkipped, isSkippedTag, ProseWalker, SKIPPING_ATTRIBUTES } from './skip';

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'KBD', 'LABEL',
  'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** Inline elements that are read through unless an attribute says otherwise. */
const FLOWING = new Set([...INLINE].filter((tag) => !isSkippedTag(tag)));

/**
 * Any element inside a block that the walk might not simply read through: one that starts a block
 * of its own or is never read, or one with an attribute that may have it skipped (see skip.ts).
 */
const NOT_PLAIN_INLINE = `:not(${[...FLOWING].join(',')}),${SKIPPING_ATTRIBUTES}`;

/** A block's text nodes and where each starts in its text. */
export interface BlockNodes {
  readonly nodes: readonly Text[];
  /** starts[i] is where nodes[i] begins in the block's text. */
  readonly starts: readonly number[];
}

/** Block nodes as a walk gathers them, one by one. */
interface GatheredNodes extends BlockNodes {
  nodes: Text[];
  starts: number[];
}

export interface TextBlock {
  /** The element whose inline content this block is (its nearest block-level ancestor). */
  container: Element;
  text: string;
  /** Its text nodes: found by the walk, or worked out only when asked for (see InlineNodes). */
  at: BlockNodes;
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
 * Whether a block element holds only text and inline elements that are read through (the common
 * paragraph): its text is then its textContent, read in one call, and its nodes are looked up
 * only for the few mentions ever marked or hovered. On a 5 MB live blog, wrapping every text node
 * and inline element for the walk was most of its cost. Each search stops at the first element
 * that is not read through, which lies at or before any nested block: so a page's elements are
 * searched by their nearest block only.
 */
function holdsInlineOnly(el: Element): boolean {
  const child = el.firstElementChild;
  if (child === null) return true;
  // A container of blocks mostly starts with one: told without a search.
  if (!FLOWING.has(child.tagName.toUpperCase())) return false;
  const first = el.querySelector(NOT_PLAIN_INLINE);
  if (first === null) return true;
  if (!FLOWING.has(first.tagName.toUpperCase())) return false;
  // An inline element with a class, an id or a role: whether it is skipped is for isSkipped to
  // say, element by element (class and id words are told by a pattern no selector can state),
  // from that one on: every element before it has none of those attributes.
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = first;
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    const tag = (node as Element).tagName.toUpperCase();
    if (!FLOWING.has(tag) || isSkipped(node as Element, tag)) return false;
  }
  return true;
}

/**
 * The text nodes of an element that holds inline elements only, worked out when first asked for.
 * A page that edits the block after the walk has it read again (page-scanner.ts), so nodes
 * looked up after an edit serve a mention about to be replaced.
 */
class InlineNodes implements BlockNodes {
  private found: GatheredNodes | null = null;

  constructor(private readonly el: Element) {}

  get nodes(): readonly Text[] {
    return this.read().nodes;
  }

  get starts(): readonly number[] {
    return this.read().starts;
  }

  private read(): GatheredNodes {
    if (this.found) return this.found;
    const found: GatheredNodes = { nodes: [], starts: [] };
    const walker = this.el.ownerDocument.createTreeWalker(this.el, NodeFilter.SHOW_TEXT);
    let at = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.data.length === 0) continue;
      found.nodes.push(node);
      found.starts.push(at);
      at += node.data.length;
    }
    return (this.found = found);
  }
}

/**
 * Every block of text under `root`, in document order, skipping what a reader does not read
 * (scripts, editable fields, navigation…, see skip.ts). A generator, so that a huge page can be
 * walked in time slices. A block is yielded once its text is complete.
 */
export function* textBlocks(root: Element): Generator<TextBlock> {
  let current: (TextBlock & { at: GatheredNodes }) | null = null;
  // Text nodes come in runs under one parent: its block container is looked up once per run.
  let parent: Element | null = null;
  let parentContainer: Element | null = null;
  const prose = new ProseWalker(root);
  for (let node = prose.next(); node; node = prose.next()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (INLINE.has(prose.tag)) continue;
      // Entering a block element (or a <br>) ends the current line of text.
      if (current) {
        yield current;
        current = null;
      }
      const el = node as Element;
      if (holdsInlineOnly(el)) {
        prose.skipChildren();
        const text = el.textContent ?? '';
        if (text.trim() !== '') yield { container: el, text, at: new InlineNodes(el) };
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
      current = { container, text: '', at: { nodes: [], starts: [] } };
    }
    current.at.starts.push(current.text.length);
    current.at.nodes.push(text);
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
