/**
 * The context card: who or what a marked name is, one line of its dossier with its source, and
 * the way into the full dossier in the sidebar.
 */
import type { EntityRef, EntityType } from '../../match/catalogue-types';
import type { CardSummary } from '../../messages/protocol';
import type { PageDate } from '../frame/frame-calls';
import { DatedRoles } from '../shared/DatedRoles';
import { t } from '../shared/i18n';
import { ArticleDate, Outlet, SourcePieces } from '../shared/Source';

export type SummaryState = { state: 'loading' } | { state: 'ready'; summary: CardSummary } | { state: 'failed' };

export interface CardProps {
  /** The name as the page wrote it. */
  written: string;
  entity: EntityRef;
  /** The date the page's roles are read on. */
  page: PageDate;
  summary: SummaryState;
  onOpen: () => void;
}

export const typeLabel = (type: EntityType): string => t(`type_${type}`);

export function Card({ written, entity, page, summary, onOpen }: CardProps) {
  const titleId = `siyaq-card-title-${entity.id}`;
  return (
    <div class="card" role="dialog" aria-labelledby={titleId} data-entity={entity.id}>
      <div class="head">
        <h2 id={titleId} lang="ar" dir="rtl">
          {written}
        </h2>
        <span class={`type type-${entity.type}`}>{typeLabel(entity.type)}</span>
      </div>
      {written !== entity.ar ? <p class="canonical" lang="ar" dir="rtl">
          {entity.ar}
        </p> : null}
      {entity.en ? (
        <p class="english" lang="en" dir="ltr">
          {entity.en}
        </p>
      ) : null}
      <Summary summary={summary} page={page} />
      <button type="button" class="open" onClick={onOpen}>
        {t('cardOpenSidebar')}
      </button>
    </div>
  );
}

function Summary({ summary, page }: { summary: SummaryState; page: PageDate }) {
  if (summary.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (summary.state === 'failed') return <p class="muted">{t('answerFailed')}</p>;
  const { description, passage, roles } = summary.summary;
  return (
    <>
      {/* Dated offices where known: the corpus's own description is what one article said on its
          day, and would state a role long over as current. */}
      {roles ? <DatedRoles roles={roles} page={page} all={false} /> : description ? (
        <p class="description" lang="ar" dir="rtl">
          {description}
        </p>
      ) : null}
      {passage ? (
        <div class="passage">
          {/* One or two lines of it (the CSS clamps the rest); the sidebar quotes it whole. */}
          <blockquote class="quote" lang="ar" dir="rtl">
            {passage.text}
          </blockquote>
          <p class="source">
            <SourcePieces>{[<Outlet outlet={passage.outlet} />, <ArticleDate date={passage.date} dateStatus={passage.dateStatus} />]}</SourcePieces>
          </p>
        </div>
      ) : (
        <p class="muted">{t('noDossier')}</p>
      )}
    </>
  );
}
