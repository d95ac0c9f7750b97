/** Every entity the article mentions, grouped by type, each with its count on the page. */
import { ENTITY_TYPES } from '../../match/catalogue-types';
import { typeLabel } from '../card/Card';
import { t } from '../shared/i18n';
import type { PageEntity, SidebarApi } from './api';

export function PageView({ api, onOpen }: { api: SidebarApi; onOpen: (id: string) => void }) {
  const entities = api.pageEntities();
  if (entities.length === 0) return <p class="muted">{t('sidebarNothingOnPage')}</p>;
  return (
    <section aria-labelledby="siyaq-page-heading">
      <h2 id="siyaq-page-heading" tabIndex={-1}>{t('sidebarOnThisPage')}</h2>
      {ENTITY_TYPES.map((type) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.ar.localeCompare(b.ar, 'ar'));
        if (group.length === 0) return null;
        return (
          <section key={type} class="group" aria-label={typeLabel(type)}>
            <h3>{typeLabel(type)}</h3>
            <ul class="entity-list">
              {group.map((e) => (
                <PageEntityRow key={e.id} entity={e} api={api} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function PageEntityRow({ entity, api, onOpen }: { entity: PageEntity; api: SidebarApi; onOpen: (id: string) => void }) {
  return (
    <li>
      <button type="button" class="entity" data-entity={entity.id} onClick={() => api.jump(entity.id, 0)} title={t('sidebarJumpFirst')}>
        <span lang="ar" dir="rtl">
          {entity.ar}
        </span>
        <span class="count" aria-label={t('sidebarCount', String(entity.count))}>
          {entity.count}
        </span>
      </button>
      <button type="button" class="details" onClick={() => onOpen(entity.id)} aria-label={t('sidebarDetailsOf', entity.ar)}>
        {t('sidebarDetails')}
      </button>
    </li>
  );
}
