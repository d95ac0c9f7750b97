/** "Save article", wherever it stands (the popup, the sidebar), and a live line on how it went. */
import { useState } from 'preact/hooks';
import type { SaveOutcome } from '../../library/types';
import { t } from './i18n';

function said(outcome: SaveOutcome | null): string {
  if (outcome === null) return '';
  if (outcome.status === 'failed') return t('saveFailed', outcome.why);
  return t(outcome.status === 'saved' ? 'saveSaved' : outcome.status === 'updated' ? 'saveUpdated' : 'saveNoArticle');
}

export function SaveArticleButton({ save }: { save: () => Promise<SaveOutcome> }) {
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  return (
    <>
      <button type="button" class="save" onClick={() => void save().then(setOutcome)}>
        {t('saveArticle')}
      </button>
      <span class="save-status" role="status">
        {said(outcome)}
      </span>
    </>
  );
}
