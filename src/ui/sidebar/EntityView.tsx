/** The dossier of one entity, from the corpus, and where this page mentions it. */
import type { ComponentChildren } from 'preact';
import type { EntityDossier, PassageView, TimelineItem } from '../../messages/protocol';
import { typeLabel } from '../card/Card';
import type { PageDate } from '../frame/frame-calls';
import { DatedRoles } from '../shared/DatedRoles';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import { uiLanguage } from '../shared/ui-language';
import { ArticleDate, ArticleTitle, Outlet, SourcePieces } from '../shared/Source';
import type { SidebarApi } from './api';
import { Passage } from './Passage';
import { useQuery } from './use-query';

export function EntityView({ id, api, onOpen }: { id: string; api: SidebarApi; onOpen: (id: string) => void }) {
  const query = useQuery(id, () => api.dossier(id));
  if (query.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (query.state === 'failed') return <p class="error" role="alert">{t('answerFailed')}</p>;
  if (query.value === null) return <p class="error" role="alert">{t('sidebarUnknownEntity')}</p>;
  return <Dossier dossier={query.value} api={api} onOpen={onOpen} />;
}

/** Items dated up to the page's date, and those dated after it: what happened since. */
function split<T extends { date: string }>(items: T[], page: PageDate): [T[], T[]] {
  return [items.filter((i) => i.date <= page.date), items.filter((i) => i.date > page.date)];
}

function Dossier({ dossier, api, onOpen }: { dossier: EntityDossier; api: SidebarApi; onOpen: (id: string) => void }) {
  const mentions = useQuery(`${dossier.id}@${api.pageVersion}`, () => api.pageMentions(dossier.id));
  const onPage = mentions.state === 'ready' ? mentions.value.shown : [];
  const unlisted = mentions.state === 'ready' ? mentions.value.total - onPage.length : 0;
  const [passages, passagesSince] = split(dossier.passages, api.page);
  const [timeline, timelineSince] = split(dossier.timeline, api.page);
  return (
    <article class="entity-view" aria-labelledby="siyaq-entity-heading" data-entity={dossier.id}>
      <header>
        <h2 id="siyaq-entity-heading" tabIndex={-1} lang="ar" dir="rtl">{dossier.ar}</h2>
        {dossier.en ? (
          <p class="english" lang="en" dir="ltr">
            {dossier.en}
          </p>
        ) : null}
        <span class={`type type-${dossier.type}`}>{typeLabel(dossier.type)}</span>
      </header>
      {dossier.datedRoles ? (
        <Section id="siyaq-offices" title={t('sidebarRolesDated')}>
          <DatedRoles roles={dossier.datedRoles} page={api.page} all={true} />
        </Section>
      ) : null}
      {dossier.description ? (
        <p class="description">
          <bdi lang="ar">{dossier.description.text}</bdi>{' '}
          <span class="source">
            —{' '}
            <SourcePieces>
              {[<Outlet outlet={dossier.description.source.outlet} />, <ArticleDate date={dossier.description.source.date} dateStatus={dossier.description.source.dateStatus} />]}
            </SourcePieces>
          </span>
        </p>
      ) : null}
      {dossier.roles.length > 1 ? (
        <Section id="siyaq-roles" title={t('sidebarRoles')}>
          <ul class="roles">
            {dossier.roles.map((r, i) => (
              <li key={i}>
                <ArticleDate date={r.date} dateStatus={r.dateStatus} />: <bdi lang="ar">{r.text}</bdi>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="siyaq-passages" title={t('sidebarPassages')}>
        {passages.length === 0 ? <p class="muted">{t('noDossier')}</p> : <Passages passages={passages} />}
      </Section>
      {passagesSince.length > 0 ? (
        <Section id="siyaq-passages-since" title={t('rolesLater')}>
          <Passages passages={passagesSince} />
        </Section>
      ) : null}
      {dossier.related.length > 0 ? (
        <Section id="siyaq-related" title={t('sidebarRelated')}>
          <ul class="chips" lang="ar" dir="rtl">
            {dossier.related.map((r) => (
              <li key={r.id}>
                <button type="button" class="chip" data-entity={r.id} onClick={() => onOpen(r.id)}>
                  {r.ar} <span class="count">{r.shared}</span>
                </button>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {dossier.timeline.length > 0 ? (
        <Section id="siyaq-timeline" title={t('sidebarTimeline')}>
          <ol class="timeline">
            {timeline.map((item, i) => (
              <Moment key={i} item={item} />
            ))}
            {/* Where the page stands among the dated events, and what came after it. */}
            <li class="page-date" aria-current="date">
              <time dateTime={api.page.date}>{t('timelinePageDate', formatDate(api.page.date, 'printed'))}</time>
            </li>
          </ol>
          {timelineSince.length > 0 ? (
            <>
              <h4 class="since">{t('rolesLater')}</h4>
              <ol class="timeline timeline-since">
                {timelineSince.map((item, i) => (
                  <Moment key={i} item={item} />
                ))}
              </ol>
            </>
          ) : null}
        </Section>
      ) : null}
      {onPage.length > 0 ? (
        <Section id="siyaq-on-page" title={t('sidebarMentionsHere')}>
          <ol class="on-page" lang="ar" dir="rtl">
            {onPage.map((m, i) => (
              <li key={i}>
                <button type="button" class="link" onClick={() => api.jump(dossier.id, i)}>
                  …{m.before}
                  <mark>{m.text}</mark>
                  {m.after}…
                </button>
              </li>
            ))}
          </ol>
          {unlisted > 0 ? <p class="more-on-page">{t('sidebarMentionsMore', unlisted.toLocaleString(uiLanguage()))}</p> : null}
        </Section>
      ) : null}
    </article>
  );
}

function Passages({ passages }: { passages: PassageView[] }) {
  return (
    <ol class="passages">
      {passages.map((p, i) => (
        <Passage key={i} passage={p} />
      ))}
    </ol>
  );
}

function Moment({ item }: { item: TimelineItem }) {
  return (
    <li>
      <ArticleDate date={item.date} dateStatus={item.inferred ? 'inferred' : 'printed'} />
      <p lang="ar" dir="rtl">
        {item.text}
      </p>
      <p class="source">
        <SourcePieces>{[<ArticleTitle title={item.title} titleStatus={item.titleStatus} />, <Outlet outlet={item.outlet} />]}</SourcePieces>
      </p>
    </li>
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
