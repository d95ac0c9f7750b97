/** A quoted corpus passage: the entity's name emphasised, its source cited, context on demand. */
import { useEffect, useState } from 'preact/hooks';
import type { PassageView } from '../../messages/protocol';
import { formatCitation } from '../shared/citation';
import { copyText } from '../shared/clipboard';
import { t, uiLanguage } from '../shared/i18n';
import { ArticleDate, ArticleTitle, Outlet, SourcePieces } from '../shared/Source';

// Long enough to be read (and announced), short enough not to linger beside the next copy.
const COPIED_NOTICE_MS = 4000;

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
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (!copied) return undefined;
    const timer = setTimeout(() => setCopied(null), COPIED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [copied]);
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
            // An article the reader saved links to where it was read.
            passage.url ? (
              <a href={passage.url} target="_blank" rel="noopener noreferrer">
                <ArticleTitle title={passage.title} titleStatus={passage.titleStatus} />
              </a>
            ) : (
              <ArticleTitle title={passage.title} titleStatus={passage.titleStatus} />
            ),
            <Outlet outlet={passage.outlet} />,
            <ArticleDate date={passage.date} dateStatus={passage.dateStatus} />,
          ]}
        </SourcePieces>
      </p>
      <p class="actions">
        {hasContext ? (
          <button type="button" class="link" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('sidebarLessContext') : t('sidebarMoreContext')}
          </button>
        ) : null}
        <button
          type="button"
          class="link copy"
          onClick={(e) => {
            const button = e.currentTarget as HTMLButtonElement;
            void copyText(formatCitation(passage, uiLanguage()), button).then((ok) => setCopied(ok ? 'copied' : 'failed'));
          }}
        >
          {t('sidebarCopyCitation')}
        </button>
        {/* Present before anything is copied, so that screen readers are listening when it is. */}
        <span class="copied" role="status" aria-live="polite">
          {copied === 'copied' ? t('sidebarCitationCopied') : copied === 'failed' ? t('sidebarCitationNotCopied') : ''}
        </span>
      </p>
    </li>
  );
}
