/** A quoted corpus passage: the entity's name emphasised, its source cited, context on demand. */
import { useState } from 'preact/hooks';
import type { PassageView } from '../../messages/protocol';
import { t } from '../shared/i18n';
import { ArticleDate, ArticleTitle, Outlet, SourcePieces } from '../shared/Source';

function Emphasised({ text, spans }: { text: string; spans: [number, number][] }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    parts.push(text.slice(at, start), <mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function Passage({ passage }: { passage: PassageView }) {
  const [open, setOpen] = useState(false);
  const hasContext = passage.before !== null || passage.after !== null;
  return (
    <li class="passage">
      <blockquote lang="ar" dir="rtl">
        {open && passage.before ? <p class="context">{passage.before}</p> : null}
        <p>
          <Emphasised text={passage.text} spans={passage.mentions} />
        </p>
        {open && passage.after ? <p class="context">{passage.after}</p> : null}
      </blockquote>
      <p class="source">
        <SourcePieces>
          {[
            <ArticleTitle title={passage.title} titleStatus={passage.titleStatus} />,
            <Outlet outlet={passage.outlet} />,
            <ArticleDate date={passage.date} dateStatus={passage.dateStatus} />,
          ]}
        </SourcePieces>
      </p>
      {hasContext ? (
        <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('sidebarLessContext') : t('sidebarMoreContext')}
        </button>
      ) : null}
    </li>
  );
}
