/**
 * What both of Siyaq's frame pages do on load: take the UI language the host sends, style
 * themselves, and record how long a view took to reach the screen, in the frame's own timeline
 * (the page around it cannot read it; the benchmark can).
 */
import { adoptCss } from '../shared/adopt-css';
import { applyLocale, setUiLanguage, t } from '../shared/i18n';
import { epochNow, type FrameLanguage } from './frame-calls';

/** Sets the frame's language, and its title: the accessible name of the frame in the page. */
export function setFrameLanguage(language: FrameLanguage, titleKey: 'cardFrameTitle' | 'sidebarFrameTitle'): void {
  setUiLanguage(language);
  applyLocale(document.documentElement);
  document.title = t(titleKey);
}

export function styleFrame(css: string): HTMLElement {
  adoptCss(document, css);
  return document.getElementById('app')!;
}

/** Calls back once the frame that follows has been painted. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    // A message posted from the frame callback runs after that frame's paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
}

/** Marks, after the next paint, how long since `since` (epoch ms) the view took to show. */
export function markPainted(name: 'siyaq:card-painted' | 'siyaq:sidebar-painted', since: number): void {
  afterNextPaint(() => performance.mark(name, { detail: { ms: epochNow() - since } }));
}
