/** Corpus search results: matching entities first, then passages. */
import { typeLabel } from '../card/Card';
import { t } from '../shared/i18n';
import type { SidebarApi } from './api';
import { Passage } from './Passage';
import { useQuery } from './use-query';

export function SearchView({ text, api, onOpen }: { text: string; api: SidebarApi; onOpen: (id: string) => void }) {
  const query = useQuery(text, () => api.search(text));
  if (query.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (query.state === 'failed') return <p class="error" role="alert">{t('answerFailed')}</p>;
  const { entities, passages } = query.value;
  if (entities.length === 0 && passages.length === 0) {
    return (
      <p class="muted" role="status">
        {t('sidebarNoResults', text)}
      </p>
    );
  }
  return (
    <section aria-labelledby="siyaq-results" class="search-results">
      <h2 id="siyaq-results" tabIndex={-1}>{t('sidebarResultsFor', text)}</h2>
      {entities.length > 0 ? (
        <ul class="entity-list" aria-label={t('sidebarEntities')}>
          {entities.map((e) => (
            <li key={e.id}>
              <button type="button" class="entity" data-entity={e.id} onClick={() => onOpen(e.id)}>
                <span lang="ar" dir="rtl">
                  {e.ar}
                </span> <span class="type">{typeLabel(e.type)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {passages.length > 0 ? (
        <ol class="passages" aria-label={t('sidebarPassages')}>
          {passages.map((p, i) => (
            <Passage key={i} passage={p} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
