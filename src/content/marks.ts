/**
 * Draws marks with the CSS Custom Highlight API: one named highlight per entity type, so the
 * page's DOM, text, selection, find-in-page and event handlers stay exactly as they were. Only
 * Siyaq's own `siyaq-*` names are ever touched (never CSS.highlights.clear()).
 */
import type { EntityType } from '../match/catalogue-types';
import { ENTITY_TYPES } from '../match/catalogue-types';
import { adoptCss } from '../ui/shared/adopt-css';

export const highlightName = (type: EntityType): string => `siyaq-${type}`;

/**
 * Colours readable on light and dark pages: a translucent wash with an underline in the type's
 * colour, the text colour left to the page.
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

export function highlightCss(): string {
  return `::highlight(${FLASH}) { background-color: rgb(250 204 21 / 0.75); }\n` + ENTITY_TYPES.map(
    (type) =>
      `::highlight(${highlightName(type)}) { background-color: rgb(${COLOURS[type]} / 0.16); ` +
      `text-decoration: underline 2px rgb(${COLOURS[type]} / 0.85); text-underline-offset: 0.3em; }`,
  ).join('\n');
}

export class MarkLayer {
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly sheet: CSSStyleSheet;

  constructor(private readonly doc: Document) {
    // ::highlight() rules must live in the page's own scope; an adopted sheet adds no <style>
    // element to the page's DOM.
    this.sheet = adoptCss(doc, highlightCss());
    for (const type of ENTITY_TYPES) {
      const highlight = new Highlight();
      this.highlights.set(type, highlight);
      CSS.highlights.set(highlightName(type), highlight);
    }
  }

  add(type: EntityType, range: AbstractRange): void {
    this.highlights.get(type)!.add(range);
  }

  delete(type: EntityType, range: AbstractRange): void {
    this.highlights.get(type)!.delete(range);
  }

  /** Draws the eye to a range for a moment (after jumping to it from the sidebar). */
  flash(range: Range): void {
    const highlight = new Highlight(range);
    CSS.highlights.set(FLASH, highlight);
    setTimeout(() => {
      if (CSS.highlights.get(FLASH) === highlight) CSS.highlights.delete(FLASH);
    }, FLASH_MS);
  }

  /** Removes every mark and Siyaq's stylesheet from the page. */
  dispose(): void {
    CSS.highlights.delete(FLASH);
    for (const type of ENTITY_TYPES) {
      if (CSS.highlights.get(highlightName(type)) === this.highlights.get(type)) CSS.highlights.delete(highlightName(type));
    }
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
