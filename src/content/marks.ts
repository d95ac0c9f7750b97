/**
 * Draws marks with the CSS Custom Highlight API: one named highlight per entity type, so the
 * page's DOM, text, selection, find-in-page and event handlers stay exactly as they were. Only
 * Siyaq's own `siyaq-*` names are ever touched (never CSS.highlights.clear()).
 */
import type { EntityType } from '../match/catalogue-types';
import { ENTITY_TYPES } from '../match/catalogue-types';
import { adoptCss } from '../ui/shared/adopt-css';

/** The name of the highlight a type's marks are drawn in (the page bench's extensions draw in it too). */
export const highlightName = (type: EntityType): string => `siyaq-${type}`;

/**
 * Colours readable on light and dark pages: a translucent wash in the type's colour, the text
 * colour left to the page. No underline: decorating a highlight costs the page's repaint most of
 * what drawing the marks costs (2.6 ms of a typical article's main thread, paired A/B over 15
 * loads), where a wash is a rectangle behind the text.
 */
const COLOURS: Record<EntityType, string> = {
  person: '37 99 235',
  organization: '147 51 234',
  state: '5 150 105',
  place: '13 148 136',
  event: '217 119 6',
  media: '100 116 139',
};

const FLASH = 'siyaq-flash';
// Long enough to catch the eye after the page has scrolled.
const FLASH_MS = 1600;

declare const SIYAQ_HIGHLIGHTS_INHERIT: boolean | undefined;

/**
 * Whether the browser gives an element's highlight styles to its descendants (CSS Pseudo 4's
 * highlight inheritance): Chromium does, Firefox ESR 153 does not (checked by screenshot). The
 * build sets it per browser; elsewhere (Node, the bench) it is Chromium's answer.
 */
const HIGHLIGHTS_INHERIT = typeof SIYAQ_HIGHLIGHTS_INHERIT === 'boolean' ? SIYAQ_HIGHLIGHTS_INHERIT : true;

/**
 * The ::highlight() rules Siyaq's marks are drawn with (the page bench's floor extension draws
 * with them too). Where highlight styles inherit, they are set on the root alone: a rule for
 * every element made Chromium's painting dearer while the page scrolls (the live blog scrolled
 * 40 screens: a median of 511 ms of main thread against 431 ms, five loads each, 5 of 5 lower;
 * 384–435 without Siyaq); the root's rules reach every element by inheritance.
 */
export function highlightCss(): string {
  const on = HIGHLIGHTS_INHERIT ? ':root' : '';
  return `${on}::highlight(${FLASH}) { background-color: rgb(250 204 21 / 0.75); }\n` + ENTITY_TYPES.map(
    (type) =>
      `${on}::highlight(${highlightName(type)}) { background-color: rgb(${COLOURS[type]} / 0.24); }`,
  ).join('\n');
}

const isHighlightSheet = (sheet: CSSStyleSheet): boolean => sheet.cssRules[0]?.cssText.includes(`::highlight(${FLASH})`) ?? false;

/**
 * The ::highlight() rules, which must live in the page's own scope, as an adopted sheet (no
 * <style> element enters the page's DOM). Adopting any sheet makes the browser restyle the whole
 * document: on a 5 MB page that is a 170 ms task. So where the page declares itself Arabic and
 * Siyaq is on for its site, a tiny content script adopts it at document_start, while the
 * document is still nearly empty; elsewhere it is adopted only once Siyaq decides to run, so a
 * page where Siyaq does not run never finds it.
 */
export function ensureHighlightSheet(doc: Document): void {
  if (!doc.adoptedStyleSheets.some(isHighlightSheet)) adoptCss(doc, highlightCss());
}

function removeHighlightSheet(doc: Document): void {
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => !isHighlightSheet(sheet));
}

/**
 * How far ahead of the reader marks are drawn: a viewport's height (and width) on every side of
 * the viewport, and inside a box of the page's that scrolls of its own, that box's own size past
 * what it shows. Drawing a mark repaints its whole text node, and Chromium paints
 * what lies within thousands of pixels of the viewport: on the typical article, drawing only the
 * 28 of its 57 marks within this reach cut the main thread's paint from 7.0 to 4.0 ms (the
 * trace's Paint events, median of 11 loads). The rest wait until the reader scrolls to within a
 * viewport of them, so they are drawn before they show.
 */
const DRAW_REACH = '100%';
// Every mark waits, however many: in every-mention mode on the 5 MB live blog the observer then
// checks thousands of elements on every frame (scrolling 40 screens cost 2.2 s of main thread
// against 0.5 s in first-mention mode), but drawing them all instead is worse wherever the page
// changes. Chromium rebuilds every range of every highlight after any change to the DOM or its
// styles: with 20,000 marks drawn, a page adding a paragraph every 300 ms while read made tasks
// of 184–192 ms (70 with the marks waiting), and a storm of appended paragraphs tasks of 50–74 ms
// (none with them waiting).

/**
 * The observer's reach. A scroll margin widens every scrolling box between a mark and the
 * viewport, the document's own included, so it is the whole reach where the browser has one
 * (Chromium and Firefox both do; TypeScript's DOM typings lag): a root margin beside it would
 * add a second viewport at the top level. A browser without it gets the viewport's reach alone.
 */
function reachOptions(): IntersectionObserverInit & { scrollMargin?: string } {
  return 'scrollMargin' in IntersectionObserver.prototype ? { scrollMargin: DRAW_REACH } : { rootMargin: DRAW_REACH };
}

export class MarkLayer {
  private readonly highlights = new Map<EntityType, Highlight>();
  /** While held: the changes not drawn yet, by range (an add and a delete of one range cancel). */
  private readonly pending = new Map<AbstractRange, { type: EntityType; add: boolean }>();
  private holds = 0;
  /** Marks out of reach, by the element their text starts in, until it comes within reach. */
  private readonly waiting = new Map<Element, Map<AbstractRange, EntityType>>();
  private readonly waitsIn = new Map<AbstractRange, Element>();
  private readonly approach: IntersectionObserver;
  /** Elements observed whose first answer has not come yet, and who waits for them all. */
  private readonly unanswered = new Set<Element>();
  private answered: (() => void)[] = [];

  constructor(private readonly doc: Document) {
    ensureHighlightSheet(doc);
    for (const type of ENTITY_TYPES) {
      const highlight = new Highlight();
      this.highlights.set(type, highlight);
      CSS.highlights.set(highlightName(type), highlight);
    }
    this.approach = new IntersectionObserver((entries) => this.reached(entries), reachOptions());
    doc.defaultView!.addEventListener('beforeprint', this.onPrint);
  }

  // A printed page shows the whole article: every mark waiting for the reader is drawn first.
  // Only the browser's own print counts; a page's synthetic event draws nothing.
  private readonly onPrint = (e: Event): void => {
    if (!e.isTrusted) return;
    for (const el of [...this.waiting.keys()]) this.draw(el);
    this.settle();
  };

  add(type: EntityType, range: AbstractRange): void {
    if (this.holds === 0) this.place(type, range);
    else if (this.pending.get(range)?.add === false) this.pending.delete(range);
    else this.pending.set(range, { type, add: true });
  }

  delete(type: EntityType, range: AbstractRange): void {
    if (this.holds === 0) this.remove(type, range);
    else if (this.pending.get(range)?.add) this.pending.delete(range);
    else this.pending.set(range, { type, add: false });
  }

  /**
   * Changes from now on wait for `paint` or the matching `release`: a scan that yields to the page
   * between slices would otherwise have it repaint its marks after every slice.
   */
  hold(): void {
    this.holds++;
  }

  release(): void {
    this.holds = Math.max(0, this.holds - 1);
    if (this.holds === 0) this.paint();
  }

  /** Draws the changes held so far (those within reach, at the next frame), in one go. */
  paint(): void {
    for (const [range, { type, add }] of this.pending) {
      if (add) this.place(type, range);
      else this.remove(type, range);
    }
    this.pending.clear();
  }

  /**
   * A mark is drawn once the browser says its element is within reach. The observer asks at the
   * next frame, when the page's layout is done anyway, where reading each element's box now
   * could force a layout; all the marks it finds within reach are drawn in that one burst.
   */
  private place(type: EntityType, range: AbstractRange): void {
    const el = range.startContainer.parentElement;
    if (!el) {
      this.highlights.get(type)!.add(range);
      return;
    }
    let group = this.waiting.get(el);
    if (!group) {
      this.waiting.set(el, (group = new Map()));
      this.approach.observe(el);
      this.unanswered.add(el);
    }
    group.set(range, type);
    this.waitsIn.set(range, el);
  }

  private remove(type: EntityType, range: AbstractRange): void {
    const el = this.waitsIn.get(range);
    if (!el) {
      this.highlights.get(type)!.delete(range);
      return;
    }
    this.waitsIn.delete(range);
    const group = this.waiting.get(el)!;
    group.delete(range);
    if (group.size === 0) {
      this.stopWaiting(el);
      this.settle();
    }
  }

  /**
   * The reader has scrolled to within reach of elements with waiting marks: they are drawn, in one
   * go. An element with no box of its own (`display: contents`, or not rendered) never comes
   * within reach, so its marks are drawn at once, as every mark was before there was a reach.
   */
  private reached(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      this.unanswered.delete(entry.target);
      const { width, height } = entry.boundingClientRect;
      if (entry.isIntersecting || (width === 0 && height === 0)) this.draw(entry.target);
    }
    this.settle();
  }

  /** Draws the marks waiting on an element. */
  private draw(el: Element): void {
    const group = this.waiting.get(el);
    if (!group) return;
    this.stopWaiting(el);
    for (const [range, type] of group) {
      this.waitsIn.delete(range);
      this.highlights.get(type)!.add(range);
    }
  }

  private stopWaiting(el: Element): void {
    this.waiting.delete(el);
    this.approach.unobserve(el);
    this.unanswered.delete(el);
  }

  /**
   * Resolves once every mark placed so far is drawn or known to be out of reach: the observer
   * answers at the next frame, so this is when the reader sees the marks, not when they were
   * found. (A hidden tab has no frames: it resolves once the tab shows.)
   */
  settled(): Promise<void> {
    return new Promise((resolve) => {
      this.answered.push(resolve);
      this.settle();
    });
  }

  private settle(): void {
    if (this.unanswered.size > 0) return;
    const waiters = this.answered;
    this.answered = [];
    for (const resolve of waiters) resolve();
  }

  /** Draws the eye to a range for a moment (after jumping to it from the sidebar). */
  flash(range: Range): void {
    const highlight = new Highlight(range);
    CSS.highlights.set(FLASH, highlight);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH) === highlight) CSS.highlights.delete(FLASH);
    }, FLASH_MS);
  }

  /** Removes every mark from the page, and the sheet that drew them. */
  dispose(): void {
    this.approach.disconnect();
    this.doc.defaultView!.removeEventListener('beforeprint', this.onPrint);
    this.waiting.clear();
    this.waitsIn.clear();
    this.unanswered.clear();
    this.settle();
    CSS.highlights.delete(FLASH);
    for (const type of ENTITY_TYPES) {
      if (CSS.highlights.get(highlightName(type)) === this.highlights.get(type)) CSS.highlights.delete(highlightName(type));
    }
    removeHighlightSheet(this.doc);
  }
}
