/**
 * What Siyaq never reads or marks: code and scripts, form fields and rich editors (a mark there
 * would get in the way of typing), its own UI, and the page's chrome (navigation, menus, footers,
 * share bars, related-links lists) that is not what the reader reads.
 *
 * An editor is known by its contenteditable attribute, not by isContentEditable: that asks for
 * the element's style, a style recalculation per element on a page that keeps changing.
 */
import { isHost } from '../host';

const NEVER = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'BUTTON', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
  'NAV', 'FOOTER', 'ASIDE', 'MENU', 'FORM',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'textbox', 'toolbar']);

// Class and id words of page chrome on Arabic news sites (related, share, comments, ads …).
const CHROME_NAME = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|related|more-?news|read-?also|share|sharing|social|comments?|widget|promo|advert|ads?|newsletter|tags|ticker|most-?read)($|[\s_-])/i;

/** Whether elements of this tag (upper case) are skipped whatever their attributes. */
export const isSkippedTag = (tag: string): boolean => NEVER.has(tag);

/**
 * The attributes that may make an element skipped besides its tag (a selector): any element
 * without one of them, and not skipped by its tag, is read.
 */
export const SKIPPING_ATTRIBUTES = '[contenteditable],[role],[aria-hidden],[hidden],[class],[id]';

/** `tag`: the element's tag name in upper case, where the caller has it already. */
export function isSkipped(el: Element, tag = el.tagName.toUpperCase()): boolean {
  if (NEVER.has(tag) || isHost(el)) return true;
  if (tag === 'HEADER' && !el.closest('article')) return true;
  // Most elements of a page have no attributes: they are told by their tag alone.
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const name = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  return name.trim() !== '' && CHROME_NAME.test(name);
}

/**
 * The elements and text nodes under a root that a reader reads, in document order, one `next`
 * at a time. Skipped subtrees are stepped over by the walker's own moves rather than by a
 * NodeFilter: a filter is a call from the browser into script for every node, which cost a 5 MB
 * live blog a quarter second. A plain method rather than a generator: resuming a generator per
 * node was a tenth of the walk there.
 */
export class ProseWalker {
  private readonly walker: TreeWalker;
  private done = false;
  /** `next` is to step over the inside of the element it returned last. */
  private pastChildren = false;
  /** The upper-case tag name of the element `next` returned last, read once for both uses. */
  tag = '';

  constructor(root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  /**
   * The next element or text node, or null at the end. The walker moves on from the node last
   * returned only now, so that whatever the caller did with it in between is seen.
   */
  next(): Element | Text | null {
    if (this.done) return null;
    const walker = this.walker;
    let node = this.pastChildren ? this.afterSubtree() : walker.nextNode();
    this.pastChildren = false;
    while (node && node.nodeType === Node.ELEMENT_NODE) {
      this.tag = (node as Element).tagName.toUpperCase();
      if (!isSkipped(node as Element, this.tag)) break;
      node = this.afterSubtree();
    }
    if (!node) this.done = true;
    return node as Element | Text | null;
  }

  /** Makes the next `next` step over what is inside the element it returned last. */
  skipChildren(): void {
    this.pastChildren = true;
  }

  /** The node after the current one's subtree: past the last child, the nearest ancestor's next sibling, short of the root. */
  private afterSubtree(): Node | null {
    const walker = this.walker;
    let node = walker.nextSibling();
    while (!node && walker.parentNode()) node = walker.nextSibling();
    return node;
  }
}
