/**
 * What Siyaq never reads or marks: code and scripts, form fields and rich editors (a mark there
 * would get in the way of typing), its own UI, and the page's chrome (navigation, menus, footers,
 * share bars, related-links lists) that is not what the reader reads.
 */
import { HOST_TAG } from '../host';

const NEVER = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'KBD', 'SAMP', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'BUTTON', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE',
  'NAV', 'FOOTER', 'ASIDE', 'MENU', 'FORM', HOST_TAG.toUpperCase(),
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'textbox', 'toolbar']);

// Class and id words of page chrome on Arabic news sites (related, share, comments, ads …).
const CHROME_NAME = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|related|more-?news|read-?also|share|sharing|social|comments?|widget|promo|advert|ads?|newsletter|tags|ticker|most-?read)($|[\s_-])/i;

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (NEVER.has(tag)) return true;
  if (el.getAttribute('contenteditable') !== null && el.getAttribute('contenteditable') !== 'false') return true;
  if ((el as HTMLElement).isContentEditable) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  if (tag === 'HEADER' && !el.closest('article')) return true;
  const name = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  return name.trim() !== '' && CHROME_NAME.test(name);
}

/** Walks the elements and text nodes under `root` that a reader reads, in document order. */
export function proseWalker(root: Element): TreeWalker {
  return root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
}
