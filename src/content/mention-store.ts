/**
 * Every mention found on the page, grouped by the block it sits in and by entity, and which of
 * them are marked: the first mention of each entity in document order by default, or all.
 * Keeps the mark layer in step with every change, doing work only for what changed: a long page
 * that names Gaza ten thousand times costs one comparison per new mention, not a re-sort.
 */
import type { EntityType, FormKind } from '../match/catalogue-types';
import type { MarkMode } from '../settings/schema';
import { nodeAt, type BlockNodes } from './dom/text-blocks';
import type { MarkLayer } from './marks';

/**
 * One mention on the page, as numbers into its block: a live blog holds tens of thousands, of
 * which a few dozen are ever marked, so the DOM positions, the range and the text as written are
 * only worked out for those that are asked for them (marked, hovered, listed).
 */
export class PageMention {
  private staticRange: StaticRange | null = null;

  constructor(
    readonly id: string,
    readonly type: EntityType,
    readonly form: FormKind,
    /** The element whose block of text holds it. */
    readonly container: Element,
    private readonly block: BlockNodes,
    /** Offsets in the block's text. */
    private readonly start: number,
    private readonly end: number,
    /**
     * Which walk over the page found it, and its place in that walk: mentions from one walk are
     * in document order by `seq`, which spares asking the DOM (compareDocumentPosition between far
     * apart nodes walks their siblings, and cost half a second on a 5 MB live blog).
     */
    readonly walk: number,
    readonly seq: number,
  ) {}

  /**
   * A static range, made once when first asked for: unlike a live Range it costs the page
   * nothing on its own DOM edits, and the block is rescanned after any edit anyway.
   */
  get range(): StaticRange {
    return (this.staticRange ??= new StaticRange({
      startContainer: this.startNode,
      startOffset: this.startOffset,
      endContainer: this.block.nodes[this.lastNode]!,
      endOffset: this.end - this.block.starts[this.lastNode]!,
    }));
  }

  /** The text nodes it spans (two or three for a name split by a link). */
  get nodes(): Text[] {
    return this.block.nodes.slice(this.firstNode, this.lastNode + 1);
  }

  /** The text as the page writes it. */
  get text(): string {
    let out = '';
    for (let i = this.firstNode; i <= this.lastNode; i++) {
      const from = this.block.starts[i]!;
      out += this.block.nodes[i]!.data.slice(Math.max(0, this.start - from), this.end - from);
    }
    return out;
  }

  get startNode(): Text {
    return this.block.nodes[this.firstNode]!;
  }

  get startOffset(): number {
    return this.start - this.block.starts[this.firstNode]!;
  }

  private get firstNode(): number {
    return nodeAt(this.block, this.start, false);
  }

  private get lastNode(): number {
    return nodeAt(this.block, this.end, true);
  }
}

// A page with more mentions than this is not an article a reader reads name by name; past it
// Siyaq stops collecting rather than growing without bound.
const MAX_MENTIONS = 20_000;

/** A live Range over a mention, for geometry and for the APIs that want one. */
export function liveRange(m: PageMention): Range {
  const { startContainer, startOffset, endContainer, endOffset } = m.range;
  const range = m.container.ownerDocument.createRange();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}

function compareMentions(a: PageMention, b: PageMention): number {
  if (a.walk === b.walk) return a.seq - b.seq;
  const an = a.startNode;
  const bn = b.startNode;
  if (an === bn) return a.startOffset - b.startOffset;
  return an.compareDocumentPosition(bn) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class MentionStore {
  private readonly byContainer = new Map<Element, PageMention[]>();
  private readonly byEntity = new Map<string, Set<PageMention>>();
  /** Marked mentions, by entity. */
  private readonly marked = new Map<string, Set<PageMention>>();
  private readonly markedByNode = new Map<Node, PageMention[]>();
  private total = 0;

  constructor(
    private readonly layer: MarkLayer,
    private mode: MarkMode,
  ) {}

  /** Distinct entities on the page. */
  get entityCount(): number {
    return this.byEntity.size;
  }

  /** The mark layer, for a scan to draw its changes in bursts (see MarkLayer.hold). */
  get marks(): MarkLayer {
    return this.layer;
  }

  /** Whether an entity has a mention on the page. */
  has(id: string): boolean {
    return (this.byEntity.get(id)?.size ?? 0) > 0;
  }

  /** Whether `more` mentions besides those held fit under the cap. */
  hasRoom(more: number): boolean {
    return this.total + more < MAX_MENTIONS;
  }

  /**
   * Replaces what a block holds. Past MAX_MENTIONS a mention is kept only when it is its
   * entity's first on the page, so that a page flooded with one name still shows the others.
   */
  setBlock(container: Element, mentions: PageMention[]): void {
    // Most blocks of a long page name nobody, before and after.
    if (mentions.length === 0 && !this.byContainer.has(container)) return;
    const removed = new Map<string, PageMention[]>();
    const added = new Map<string, PageMention[]>();
    for (const old of this.byContainer.get(container) ?? []) {
      this.byEntity.get(old.id)?.delete(old);
      group(removed, old);
      this.total--;
    }
    this.byContainer.delete(container);
    const kept: PageMention[] = [];
    const fresh = new Set<string>();
    for (const m of mentions) {
      if (this.total + kept.length < MAX_MENTIONS) kept.push(m);
      else if (!this.has(m.id) && !fresh.has(m.id)) {
        kept.push(m);
        fresh.add(m.id);
      }
    }
    if (kept.length > 0) this.byContainer.set(container, kept);
    for (const m of kept) {
      let set = this.byEntity.get(m.id);
      if (!set) this.byEntity.set(m.id, (set = new Set()));
      set.add(m);
      group(added, m);
      this.total++;
    }
    for (const id of new Set([...removed.keys(), ...added.keys()])) {
      this.update(id, removed.get(id) ?? [], added.get(id) ?? []);
    }
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
    // The whole page's new marks in one burst, not one entity's at a time.
    this.layer.hold();
    try {
      for (const id of this.byEntity.keys()) this.rebuild(id);
    } finally {
      this.layer.release();
    }
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
    return [...(this.byEntity.get(id) ?? [])].sort(compareMentions);
  }

  clear(): void {
    for (const container of [...this.byContainer.keys()]) this.setBlock(container, []);
  }

  private update(id: string, removed: PageMention[], added: PageMention[]): void {
    const all = this.byEntity.get(id);
    if (!all || all.size === 0) {
      this.byEntity.delete(id);
      for (const m of this.marked.get(id) ?? []) this.unmark(m);
      this.marked.delete(id);
      return;
    }
    if (this.mode === 'every') {
      removed.forEach((m) => this.unmark(m));
      added.forEach((m) => this.mark(m));
      return;
    }
    const [first] = this.marked.get(id) ?? [];
    if (!first || removed.includes(first)) return this.rebuild(id);
    // One block's mentions come in document order: only its first can come before the mark.
    const candidate = added[0];
    const earliest = candidate && compareMentions(candidate, first) < 0 ? candidate : first;
    if (earliest !== first) {
      this.unmark(first);
      this.mark(earliest);
    }
  }

  /** Recomputes an entity's marks from all its mentions. */
  private rebuild(id: string): void {
    for (const m of [...(this.marked.get(id) ?? [])]) this.unmark(m);
    const all = [...(this.byEntity.get(id) ?? [])];
    if (all.length === 0) return;
    if (this.mode === 'every') all.forEach((m) => this.mark(m));
    else this.mark(all.reduce((a, b) => (compareMentions(a, b) <= 0 ? a : b)));
  }

  private mark(m: PageMention): void {
    let set = this.marked.get(m.id);
    if (!set) this.marked.set(m.id, (set = new Set()));
    set.add(m);
    this.layer.add(m.type, m.range);
    for (const node of m.nodes) {
      const list = this.markedByNode.get(node);
      if (list) list.push(m);
      else this.markedByNode.set(node, [m]);
    }
  }

  private unmark(m: PageMention): void {
    const set = this.marked.get(m.id);
    if (!set?.delete(m)) return;
    this.layer.delete(m.type, m.range);
    for (const node of m.nodes) {
      const rest = (this.markedByNode.get(node) ?? []).filter((x) => x !== m);
      if (rest.length === 0) this.markedByNode.delete(node);
      else this.markedByNode.set(node, rest);
    }
  }
}

function group(map: Map<string, PageMention[]>, m: PageMention): void {
  const list = map.get(m.id);
  if (list) list.push(m);
  else map.set(m.id, [m]);
}
