/**
 * The content script that runs at document_start: it only adopts the highlight sheet while the
 * document is empty and restyling it costs nothing (see ensureHighlightSheet).
 */
import { ensureHighlightSheet } from './marks';

ensureHighlightSheet(document);
