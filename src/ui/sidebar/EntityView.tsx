/** The full background of one entity, from the corpus, and where this page mentions it. */
import type { EntityBackground } from '../../messages/protocol';
import { typeLabel } from '../card/Card';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import type { SidebarApi } from './api';
import { Passage } from './Passage';
import { useQuery } from './use-query';

export function EntityView({ id, api, onOpen }: { id: string; api: SidebarApi; onOpen: (id: string) => void }) {
  const query = useQuery(id, () => api.background(id));
  if (query.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (query.state === 'failed') return <p class="error" role="alert">{t('answerFailed')}</p>;
  if (query.value === null) return <p class="error" role="alert">{t('sidebarUnknownEntity')}</p>;
  return <Background bg={query.value} api={api} onOpen={onOpen} />;
}

function Background({ bg, api, onOpen }: { bg: EntityBackground; api: SidebarApi; onOpen: (id: string) => void }) {
  const onPage = api.pageMentions(bg.id);
  return (
    <article class="entity-view" aria-labelledby="siyaq-entity-heading" data-entity={bg.id}>
      <header>
        <h2 id="siyaq-entity-heading" tabIndex={-1} lang="ar" dir="rtl">{bg.ar}</h2>
        <p class="english" lang="en" dir="ltr">
          {bg.en}
        </p>
        <span class={`type type-${bg.type}`}>{typeLabel(bg.type)}</span>
      </header>
      {bg.description ? (
        <p class="description" lang="ar" dir="rtl">
          {bg.description.text}
          <span class="source">
            {' '}
            — {bg.description.source.outlet ?? t('outletUnknown')}، {formatDate(bg.description.source.date, bg.description.source.dateStatus)}
          </span>
        </p>
      ) : null}
      {bg.roles.length > 1 ? (
        <section aria-labelledby="siyaq-roles">
          <h3 id="siyaq-roles">{t('sidebarRoles')}</h3>
          <ul class="roles">
            {bg.roles.map((r, i) => (
              <li key={i}>
                {formatDate(r.date, r.dateStatus)}: {r.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="siyaq-passages">
        <h3 id="siyaq-passages">{t('sidebarPassages')}</h3>
        {bg.passages.length === 0 ? (
          <p class="muted">{t('noBackground')}</p>
        ) : (
          <ol class="passages">
            {bg.passages.map((p, i) => (
              <Passage key={i} passage={p} />
            ))}
          </ol>
        )}
      </section>
      {bg.related.length > 0 ? (
        <section aria-labelledby="siyaq-related">
          <h3 id="siyaq-related">{t('sidebarRelated')}</h3>
          <ul class="chips" lang="ar" dir="rtl">
            {bg.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="chip" data-entity={r.id} onClick={() => onOpen(r.id)}>
                  {r.ar} <span class="count">{r.shared}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {bg.timeline.length > 0 ? (
        <section aria-labelledby="siyaq-timeline">
          <h3 id="siyaq-timeline">{t('sidebarTimeline')}</h3>
          <ol class="timeline" lang="ar" dir="rtl">
            {bg.timeline.map((item, i) => (
              <li key={i}>
                <time dateTime={item.date}>{formatDate(item.date, item.inferred ? 'inferred' : 'printed')}</time>
                <p>{item.text}</p>
                <p class="source">
                  <cite>{item.title}</cite> · {item.outlet ?? t('outletUnknown')}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {onPage.length > 0 ? (
        <section aria-labelledby="siyaq-on-page">
          <h3 id="siyaq-on-page">{t('sidebarMentionsHere')}</h3>
          <ol class="on-page" lang="ar" dir="rtl">
            {onPage.map((m, i) => (
              <li key={i}>
                <button type="button" class="link" onClick={() => api.jump(bg.id, i)}>
                  …{m.before}
                  <mark>{m.text}</mark>
                  {m.after}…
                </button>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
