/**
 * Finds the catalogue's entities in the article and keeps up with the page: a first pass over
 * the article in time slices, then the text the page adds or changes later (live blogs, infinite
 * scroll, single-page navigation) in batches. Siyaq itself never changes the page's DOM, so
 * watching it cannot feed back into a loop; a page that rewrites itself nonstop costs at most one
 * sliced batch per interval.
 */
import type { EntityRef } from '../match/catalogue-types';
import type { Matcher } from '../match/matcher';
import { findArticleRoot, isArticle } from './dom/article-root';
import { isSkipped } from './dom/skip';
import { blockContainerOf, isInline, nodeIndexAt, textBlocks, type TextBlock } from './dom/text-blocks';
import type { MentionStore, PageMention } from './mention-store';
import { forEachSliced, type WorkStats } from './scheduler';

// Mutations are gathered for this long before a batch runs.
const BATCH_INTERVAL_MS = 150;
// More pending roots than this and one rescan of the article is cheaper than tracking them.
const MAX_PENDING = 2_000;

export class PageScanner {
  private readonly pending = new Set<Element>();
  private rescanAll = false;
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private stopped = false;
  /** Walks over the page so far; see PageMention.walk. */
  private walks = 0;
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    /** The article, as findArticleRoot found it. */
    private root: Element,
    private readonly matcher: Matcher,
    private readonly entities: ReadonlyMap<string, EntityRef>,
    private readonly store: MentionStore,
    private readonly onChange: () => void,
    private readonly stats: WorkStats,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  /** Scans the article, then watches the page. Resolves when the first pass has finished. */
  async start(): Promise<void> {
    this.observer.observe(this.doc.body, { childList: true, characterData: true, subtree: true });
    await this.scan([this.root]);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    if (this.batchTimer !== null) clearTimeout(this.batchTimer);
    this.pending.clear();
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    for (const record of records) {
      if (!this.root.isConnected) {
        // The page replaced its article (single-page navigation): start over on the new one.
        this.rescanAll = true;
        break;
      }
      if (record.type === 'characterData') this.addPending(blockContainerOf(record.target));
      else for (const node of record.addedNodes) this.onAdded(node);
      if (record.removedNodes.length > 0) this.addPending(blockContainerOf(record.target));
      if (this.pending.size > MAX_PENDING) {
        this.rescanAll = true;
        this.pending.clear();
        break;
      }
    }
    if (this.batchTimer === null && (this.rescanAll || this.pending.size > 0)) {
      this.batchTimer = setTimeout(() => void this.runBatch(), BATCH_INTERVAL_MS);
    }
  }

  private onAdded(node: Node): void {
    const root = scanRootFor(node);
    if (root && !this.root.contains(root) && isArticle(root)) {
      // Another article arrived beside the one being read (infinite scroll): widen the scope.
      this.rescanAll = true;
      return;
    }
    this.addPending(root);
  }

  private addPending(el: Element | null): void {
    if (!el || !this.isReadable(el)) return;
    this.pending.add(el);
  }

  /** Inside the article, and not in anything Siyaq skips (editable fields, its own UI …). */
  private isReadable(el: Element): boolean {
    if (!this.root.contains(el)) return false;
    for (let e: Element | null = el; e && e !== this.root; e = e.parentElement) {
      if (isSkipped(e)) return false;
    }
    return true;
  }

  private async runBatch(): Promise<void> {
    this.batchTimer = null;
    if (this.running) {
      // One batch at a time; what arrived meanwhile goes in the next.
      this.batchTimer = setTimeout(() => void this.runBatch(), BATCH_INTERVAL_MS);
      return;
    }
    let roots: Element[];
    if (this.rescanAll) {
      this.rescanAll = false;
      this.pending.clear();
      this.root = findArticleRoot(this.doc);
      this.store.clear();
      roots = [this.root];
    } else {
      roots = outermost([...this.pending]);
      this.pending.clear();
    }
    this.store.pruneDisconnected();
    await this.scan(roots);
  }

  private async scan(roots: Element[]): Promise<void> {
    this.running = true;
    try {
      for (const root of roots) await this.scanRoot(root);
    } finally {
      this.running = false;
    }
    if (!this.stopped) this.onChange();
  }

  /**
   * Walks one root's blocks in slices. A container's mentions are replaced at once, when the
   * walk has left it (a container's text can be split around nested blocks), so marks appear
   * progressively on a long page.
   */
  private async scanRoot(root: Element): Promise<void> {
    const walk = ++this.walks;
    let seq = 0;
    const open: { container: Element; mentions: PageMention[] }[] = [];
    const closeUntil = (next: Element | null): void => {
      while (open.length > 0 && !(next && open[open.length - 1]!.container.contains(next))) {
        const done = open.pop()!;
        this.store.setBlock(done.container, done.mentions);
      }
    };
    let sawRoot = false;
    await forEachSliced(
      textBlocks(root),
      (block) => {
        closeUntil(block.container);
        if (open[open.length - 1]?.container !== block.container) open.push({ container: block.container, mentions: [] });
        const found = this.mentionsIn(block, walk, seq);
        seq += found.length;
        open[open.length - 1]!.mentions.push(...found);
        sawRoot ||= block.container === root;
      },
      this.stats,
      () => this.stopped,
    );
    if (this.stopped) return;
    closeUntil(null);
    // A root whose own text is gone yields no block of its own but may still hold old mentions.
    if (!sawRoot) this.store.setBlock(root, []);
  }

  private mentionsIn(block: TextBlock, walk: number, seq: number): PageMention[] {
    const out: PageMention[] = [];
    for (const m of this.matcher.scan(block.text)) {
      const entity = this.entities.get(m.id);
      if (!entity) continue;
      const first = nodeIndexAt(block, m.start, false);
      const last = nodeIndexAt(block, m.end, true);
      const range = new StaticRange({
        startContainer: block.nodes[first]!,
        startOffset: m.start - block.starts[first]!,
        endContainer: block.nodes[last]!,
        endOffset: m.end - block.starts[last]!,
      });
      out.push({
        id: m.id,
        type: entity.type,
        text: m.text,
        form: m.form,
        range,
        nodes: block.nodes.slice(first, last + 1),
        container: block.container,
        walk,
        seq: seq + out.length,
      });
    }
    return out;
  }
}

/** Where to rescan for an added node: its own subtree if it is a block, else its block. */
function scanRootFor(node: Node): Element | null {
  if (node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element)) return node as Element;
  return blockContainerOf(node);
}

/** Drops roots inside other roots: rescanning the outer one covers them. */
function outermost(roots: Element[]): Element[] {
  const set = new Set(roots);
  const insideAnother = (el: Element): boolean => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
    return false;
  };
  return roots.filter((el) => el.isConnected && !insideAnother(el));
}
