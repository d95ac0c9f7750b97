/**
 * Reads the article's text for the background to find the entities in (see page-finder.ts) and
 * keeps up with the page: a first pass over the article in time slices, then the text the page
 * adds or changes later (live blogs, infinite scroll, single-page navigation) in batches. Siyaq itself never changes the page's DOM, so
 * watching it cannot feed back into a loop; a page that rewrites itself nonstop costs at most one
 * sliced batch per interval.
 */
import { MAX_SCAN_CHARS } from '../messages/protocol';
import { textPieces } from '../text/text-pieces';
import { findArticleRoot, isArticle } from './dom/article-root';
import { isSkipped } from './dom/skip';
import { blockContainerOf, isInline, textBlocks, type TextBlock } from './dom/text-blocks';
import { PageMention, type MentionStore } from './mention-store';
import type { Finder, Found } from './page-finder';
import { countSlice, SLICE_MS, type WorkStats } from './scheduler';

// Mutations are gathered for this long before a batch runs.
const BATCH_INTERVAL_MS = 150;
// More pending roots than this and one rescan of the article is cheaper than tracking them.
const MAX_PENDING = 2_000;
// A scan still running after this long shows the marks it has, and then every PAINT_EVERY_MS.
const FIRST_PAINT_MS = 50;
const PAINT_EVERY_MS = 200;

export class PageScanner {
  private readonly pending = new Set<Element>();
  /** isReadable's verdicts in the current batch of mutations. */
  private readonly readable = new Map<Element, boolean>();
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
    /** Finds the mentions in the page's text. */
    private readonly find: Finder,
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
    const started = performance.now();
    // Whether an element is readable is asked for every added node, and a deep page shares most
    // of the ancestors: each is looked at once per batch of records.
    this.readable.clear();
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
    countSlice(this.stats, performance.now() - started);
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

  /**
   * Inside the article, and not in anything Siyaq skips (editable fields, its own UI …). Walks up
   * only as far as an ancestor already decided in this batch, and records the verdict for every
   * element it passed: the same holds for all of them.
   */
  private isReadable(el: Element): boolean {
    const passed: Element[] = [];
    let verdict: boolean;
    for (let e: Element | null = el; ; e = e.parentElement) {
      if (e === this.root) verdict = true;
      else if (!e) verdict = false;
      else if (this.readable.has(e)) verdict = this.readable.get(e)!;
      else {
        passed.push(e);
        if (!isSkipped(e)) continue;
        verdict = false;
      }
      break;
    }
    for (const e of passed) this.readable.set(e, verdict);
    return verdict;
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
    const marks = this.store.marks;
    // An article's marks appear in one repaint; a page too long for that, in a burst every
    // PAINT_EVERY_MS, the first (the top of the page, where the reader is) soonest.
    marks.hold();
    const started = performance.now();
    let painted = started;
    const beforeYield = (): void => {
      const now = performance.now();
      if (now - painted < (painted === started ? FIRST_PAINT_MS : PAINT_EVERY_MS)) return;
      marks.paint();
      painted = now;
    };
    try {
      await this.scanRoots(roots, beforeYield);
    } finally {
      this.running = false;
      marks.release();
    }
    if (!this.stopped) this.onChange();
  }

  /**
   * Walks the roots' blocks in slices, each slice's text matched as one batch (see
   * page-finder.ts), however many roots it spans: a batch of mutations can name hundreds of
   * paragraphs, and a message for each would cost the page hundreds of round trips. A block too
   * long for one message is scanned piece by piece.
   */
  private async scanRoots(roots: Element[], beforeYield: () => void): Promise<void> {
    // The walk skips editors inside a root by their attribute; this asks the browser, once a root,
    // about one the root itself is in (a page in design mode, an editor's own body).
    const readings = roots.filter((root) => !(root as HTMLElement).isContentEditable).map((root) => new RootReading(root, ++this.walks, this.store));
    let finished = 0;
    // Every reading before `k` has had all its pieces taken.
    const finishBefore = (k: number): void => {
      for (; finished < k; finished++) readings[finished]!.finish();
    };
    const pieces = (function* () {
      for (const [k, reading] of readings.entries()) for (const piece of blockPieces(textBlocks(reading.root))) yield { k, piece };
    })();
    for (let done = false; !done; ) {
      // A slice's worth of the walk (reading the DOM is work too), or a message's worth of text.
      const batch: { k: number; piece: Piece }[] = [];
      let chars = 0;
      const reading = performance.now();
      do {
        const next = pieces.next();
        if (next.done) done = true;
        else {
          batch.push(next.value);
          chars += next.value.piece.to - next.value.piece.from;
        }
      } while (!done && chars < MAX_SCAN_CHARS && performance.now() - reading < SLICE_MS);
      countSlice(this.stats, performance.now() - reading);
      if (batch.length === 0) break;
      // Waiting for the answer gives the page its turn.
      const found = await this.find(batch.map(({ piece: { block, from, to } }) => (from === 0 && to === block.text.length ? block.text : block.text.slice(from, to))));
      if (this.stopped) return;
      const taking = performance.now();
      batch.forEach(({ k, piece }, i) => {
        finishBefore(k);
        readings[k]!.take(piece, found[i] ?? []);
      });
      beforeYield();
      countSlice(this.stats, performance.now() - taking);
    }
    finishBefore(readings.length);
  }
}

/**
 * One root's share of a walk. A container's mentions are replaced at once, when the walk has
 * left it (a container's text can be split around nested blocks), so marks appear progressively
 * on a long page.
 */
class RootReading {
  private seq = 0;
  private readonly open: { container: Element; mentions: PageMention[] }[] = [];
  /** Mentions found but not yet handed to the store, and their entities: the cap counts them. */
  private held = 0;
  private readonly heldIds = new Set<string>();
  private sawRoot = false;

  constructor(
    readonly root: Element,
    /** Which walk over the page this is; see PageMention.walk. */
    private readonly walk: number,
    private readonly store: MentionStore,
  ) {}

  take({ block, from }: Piece, found: readonly Found[]): void {
    const { open } = this;
    if (from === 0) {
      this.closeUntil(block.container);
      if (open[open.length - 1]?.container !== block.container) open.push({ container: block.container, mentions: [] });
      this.sawRoot ||= block.container === this.root;
    }
    const into = open[open.length - 1]!.mentions;
    for (const m of found) {
      // Past the cap, only an entity the page has not shown yet is still worth a mention.
      if (!this.store.hasRoom(this.held) && (this.heldIds.has(m.id) || this.store.has(m.id))) continue;
      // The block's nodes, not the block: its mentions keep them, and the text of every
      // block is the page's size.
      into.push(new PageMention(m.id, m.type, m.form, block.container, block.at, m.start + from, m.end + from, this.walk, this.seq++));
      this.held++;
      this.heldIds.add(m.id);
    }
  }

  finish(): void {
    this.closeUntil(null);
    // A root whose own text is gone yields no block of its own but may still hold old mentions.
    if (!this.sawRoot) this.store.setBlock(this.root, []);
  }

  private closeUntil(next: Element | null): void {
    const { open } = this;
    while (open.length > 0 && !(next && open[open.length - 1]!.container.contains(next))) {
      const done = open.pop()!;
      this.held -= done.mentions.length;
      this.store.setBlock(done.container, done.mentions);
    }
    if (open.length === 0) this.heldIds.clear();
  }
}

// Text scanned in one go at most: a few milliseconds even where every other word is a name
// (a mention costs microseconds: matching, resolving, its range).
const PIECE_CHARS = 4_096;

interface Piece {
  block: TextBlock;
  from: number;
  to: number;
}

/** Each block as the pieces it is scanned in: most blocks are one piece, from 0 to its end. */
function* blockPieces(blocks: Iterable<TextBlock>): Generator<Piece> {
  for (const block of blocks) {
    // Nearly every block is one piece: no cutting to ask for.
    if (block.text.length <= PIECE_CHARS) yield { block, from: 0, to: block.text.length };
    else for (const [from, to] of textPieces(block.text, PIECE_CHARS)) yield { block, from, to };
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
  // Element → whether a root lies above it; shared ancestors are walked once.
  const covered = new Map<Element, boolean>();
  const insideAnother = (el: Element): boolean => {
    const passed: Element[] = [];
    let verdict = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (set.has(p)) verdict = true;
      else if (covered.has(p)) verdict = covered.get(p)!;
      else {
        passed.push(p);
        continue;
      }
      break;
    }
    for (const p of passed) covered.set(p, verdict);
    return verdict;
  };
  return roots.filter((el) => el.isConnected && !insideAnother(el));
}
