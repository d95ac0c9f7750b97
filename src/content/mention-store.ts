/**
 * Every mention found on the page, grouped by the block it sits in and by entity, and which of
 * them are marked: the first mention of each entity in document order by default, or all.
 * Keeps the mark layer in step with every change, touching only the entities that changed.
 */
import type { EntityType, FormKind } from '../match/catalogue-types';
import type { MarkLayer } from './marks';
import type { MarkMode } from '../settings/schema';

export interface PageMention {
  id: string;
  type: EntityType;
  /** The text as the page writes it. */
  text: string;
  form: FormKind;
  /** Live range: it follows the page's edits until its text is rescanned. */
  range: Range;
  container: Element;
}

// A page with more mentions than this is not an article a reader reads name by name; past it
// Siyaq stops collecting rather than growing without bound.
export const MAX_MENTIONS = 20_000;

const inDocumentOrder = (a: PageMention, b: PageMention): number =>
  a.range.compareBoundaryPoints(Range.START_TO_START, b.range);

export class MentionStore {
  private readonly byContainer = new Map<Element, PageMention[]>();
  private readonly byEntity = new Map<string, Set<PageMention>>();
  /** Marked mentions, by entity, with the text nodes each covers. */
  private readonly marked = new Map<string, Map<PageMention, Node[]>>();
  private readonly markedByNode = new Map<Node, PageMention[]>();
  private total = 0;

  constructor(
    private readonly layer: MarkLayer,
    private mode: MarkMode,
  ) {}

  get size(): number {
    return this.total;
  }

  /** Replaces what a block holds; returns false once the page has hit MAX_MENTIONS. */
  setBlock(container: Element, mentions: PageMention[]): boolean {
    const changed = new Set<string>();
    for (const old of this.byContainer.get(container) ?? []) {
      this.byEntity.get(old.id)?.delete(old);
      changed.add(old.id);
      this.total--;
    }
    this.byContainer.delete(container);
    const room = Math.max(0, MAX_MENTIONS - this.total);
    const kept = mentions.slice(0, room);
    if (kept.length > 0) this.byContainer.set(container, kept);
    for (const m of kept) {
      let set = this.byEntity.get(m.id);
      if (!set) this.byEntity.set(m.id, (set = new Set()));
      set.add(m);
      changed.add(m.id);
      this.total++;
    }
    this.remark(changed);
    return kept.length === mentions.length;
  }

  /** Drops the blocks that have left the document (removed paragraphs, replaced articles). */
  pruneDisconnected(): void {
    for (const container of [...this.byContainer.keys()]) {
      if (!container.isConnected) this.setBlock(container, []);
    }
  }

  setMode(mode: MarkMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.remark(new Set(this.byEntity.keys()));
  }

  /** Marked mentions that touch a text node, for hit-testing the pointer. */
  markedAt(node: Node): readonly PageMention[] {
    return this.markedByNode.get(node) ?? [];
  }

  /** Entity id → number of mentions on the page. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [id, set] of this.byEntity) if (set.size > 0) counts.set(id, set.size);
    return counts;
  }

  /** An entity's mentions in document order. */
  mentionsOf(id: string): PageMention[] {
    return [...(this.byEntity.get(id) ?? [])].sort(inDocumentOrder);
  }

  clear(): void {
    for (const container of [...this.byContainer.keys()]) this.setBlock(container, []);
  }

  private remark(ids: Set<string>): void {
    for (const id of ids) {
      const mentions = [...(this.byEntity.get(id) ?? [])];
      const wanted = new Set(
        this.mode === 'every' || mentions.length === 0 ? mentions : [mentions.reduce((a, b) => (inDocumentOrder(a, b) <= 0 ? a : b))],
      );
      let marked = this.marked.get(id);
      if (!marked) this.marked.set(id, (marked = new Map()));
      for (const [m, nodes] of [...marked]) {
        if (!wanted.has(m)) this.unmark(marked, m, nodes);
      }
      for (const m of wanted) if (!marked.has(m)) this.mark(marked, m);
      if (mentions.length === 0) {
        this.byEntity.delete(id);
        this.marked.delete(id);
      }
    }
  }

  private mark(marked: Map<PageMention, Node[]>, m: PageMention): void {
    const nodes = nodesOf(m.range);
    marked.set(m, nodes);
    this.layer.add(m.type, m.range);
    for (const node of nodes) {
      const list = this.markedByNode.get(node);
      if (list) list.push(m);
      else this.markedByNode.set(node, [m]);
    }
  }

  private unmark(marked: Map<PageMention, Node[]>, m: PageMention, nodes: Node[]): void {
    marked.delete(m);
    this.layer.delete(m.type, m.range);
    for (const node of nodes) {
      const rest = (this.markedByNode.get(node) ?? []).filter((x) => x !== m);
      if (rest.length === 0) this.markedByNode.delete(node);
      else this.markedByNode.set(node, rest);
    }
  }
}

/** The text nodes a mention's range covers (usually one; two or three for a name split by a link). */
function nodesOf(range: Range): Node[] {
  const nodes: Node[] = [range.startContainer];
  if (range.endContainer === range.startContainer) return nodes;
  const walker = range.startContainer.ownerDocument!.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n);
    if (n === range.endContainer) break;
  }
  return nodes;
}
