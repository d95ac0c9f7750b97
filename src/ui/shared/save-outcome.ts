import type { SaveOutcome } from '../../library/types';
import { t } from './i18n';

/** What the UI says of a save, or nothing before one. */
export function saveOutcomeText(outcome: SaveOutcome | null): string {
  if (outcome === null) return '';
  if (outcome.status === 'failed') return t('saveFailed', outcome.why);
  return t(outcome.status === 'saved' ? 'saveSaved' : outcome.status === 'updated' ? 'saveUpdated' : 'saveNoArticle');
}
