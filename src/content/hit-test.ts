/**
 * Which marked mention is under the pointer. Marks are highlights, not elements, so there is no
 * event target to ask: the caret position under the pointer names a text node, and the mention's
 * own client rects (one per line when a name wraps) decide.
 */
import { liveRange, type MentionStore, type PageMention } from './mention-store';

// Half a pixel of slack so that the pointer on a glyph's edge still counts.
const SLACK = 0.5;

function nodeAtPoint(doc: Document, x: number, y: number): Node | null {
  // caretPositionFromPoint is the standard (Firefox, Chromium 128+); older Chromium has only
  // caretRangeFromPoint.
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return true;
  }
  return false;
}

/** The client rect of the line the pointer is on, for placing the card beside it. */
export function rectAtPoint(range: Range, x: number, y: number): DOMRect {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLACK && x <= r.right + SLACK && y >= r.top - SLACK && y <= r.bottom + SLACK) return r;
  }
  return range.getBoundingClientRect();
}

export function mentionAtPoint(doc: Document, store: MentionStore, x: number, y: number): PageMention | null {
  const node = nodeAtPoint(doc, x, y);
  if (!node) return null;
  for (const m of store.markedAt(node)) if (rangeContainsPoint(liveRange(m), x, y)) return m;
  return null;
}
