/** The full background of one entity, from the corpus, and where this page mentions it. */
import type { ComponentChildren } from 'preact';
import type { EntityBackground } from '../../messages/protocol';
import { typeLabel } from '../card/Card';
import { t } from '../shared/i18n';
import { ArticleDate, ArticleTitle, Outlet, SourcePieces } from '../shared/Source';
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
  const mentions = useQuery(`${bg.id}@${api.pageVersion}`, () => api.pageMentions(bg.id));
  const onPage = mentions.state === 'ready' ? mentions.value : [];
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
        <p class="description">
          <bdi lang="ar">{bg.description.text}</bdi>{' '}
          <span class="source">
            —{' '}
            <SourcePieces>
              {[<Outlet outlet={bg.description.source.outlet} />, <ArticleDate date={bg.description.source.date} dateStatus={bg.description.source.dateStatus} />]}
            </SourcePieces>
          </span>
        </p>
      ) : null}
      {bg.roles.length > 1 ? (
        <Section id="siyaq-roles" title={t('sidebarRoles')}>
          <ul class="roles">
            {bg.roles.map((r, i) => (
              <li key={i}>
                <ArticleDate date={r.date} dateStatus={r.dateStatus} />: <bdi lang="ar">{r.text}</bdi>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="siyaq-passages" title={t('sidebarPassages')}>
        {bg.passages.length === 0 ? (
          <p class="muted">{t('noBackground')}</p>
        ) : (
          <ol class="passages">
            {bg.passages.map((p, i) => (
              <Passage key={i} passage={p} />
            ))}
          </ol>
        )}
      </Section>
      {bg.related.length > 0 ? (
        <Section id="siyaq-related" title={t('sidebarRelated')}>
          <ul class="chips" lang="ar" dir="rtl">
            {bg.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="chip" data-entity={r.id} onClick={() => onOpen(r.id)}>
                  {r.ar} <span class="count">{r.shared}</span>
                </button>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {bg.timeline.length > 0 ? (
        <Section id="siyaq-timeline" title={t('sidebarTimeline')}>
          <ol class="timeline">
            {bg.timeline.map((item, i) => (
              <li key={i}>
                <ArticleDate date={item.date} dateStatus={item.inferred ? 'inferred' : 'printed'} />
                <p lang="ar" dir="rtl">
                  {item.text}
                </p>
                <p class="source">
                  <SourcePieces>{[<ArticleTitle title={item.title} titleStatus={item.titleStatus} />, <Outlet outlet={item.outlet} />]}</SourcePieces>
                </p>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {onPage.length > 0 ? (
        <Section id="siyaq-on-page" title={t('sidebarMentionsHere')}>
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
        </Section>
      ) : null}
    </article>
  );
}

/** A titled part of the view: a region named by its heading, so it is a landmark to jump to. */
function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
