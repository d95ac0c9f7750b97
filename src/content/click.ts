/**
 * Clicking a mark opens the sidebar on its entity, except where the mark is inside a link or
 * another control: the page's own click wins there, so a linked name still follows its link.
 */
import { mentionAtPoint } from './hit-test';
import { isHost } from './host';
import type { MentionStore, PageMention } from './mention-store';

const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [role="button"], [role="link"], [onclick]';

export class ClickController {
  constructor(
    private readonly doc: Document,
    private readonly store: MentionStore,
    private readonly onMention: (m: PageMention, since: number) => void,
  ) {
    doc.addEventListener('click', this.onClick, { passive: true });
  }

  dispose(): void {
    this.doc.removeEventListener('click', this.onClick);
  }

  private readonly onClick = (event: MouseEvent): void => {
    // A page's synthetic click opens nothing: only the reader's own does.
    if (!event.isTrusted) return;
    if (event.button !== 0 || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // A click that ends a text selection is the reader selecting, not choosing.
    if (!this.doc.getSelection()?.isCollapsed) return;
    const target = event.target as Element | null;
    if (!target || isHost(target) || target.closest?.(INTERACTIVE)) return;
    const mention = mentionAtPoint(this.doc, this.store, event.clientX, event.clientY);
    if (mention) this.onMention(mention, event.timeStamp);
  };
}
