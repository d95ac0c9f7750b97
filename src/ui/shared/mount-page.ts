/** Shows an extension page (popup, options) in the reader's interface language. */
import { render, type VNode } from 'preact';
import type { UiLanguage } from '../../settings/schema';
import { applyLocale, setUiLanguage } from './i18n';

export function mountPage(language: UiLanguage, page: VNode): void {
  setUiLanguage(language);
  applyLocale(document.documentElement);
  render(page, document.getElementById('app')!);
}
