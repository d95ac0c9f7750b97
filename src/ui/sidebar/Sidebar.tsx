/**
 * Siyaq's sidebar, filling its frame: the page's entities, one entity's dossier, or corpus
 * search, with browser-like history. Its inner edge resizes the frame.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_QUERY_LENGTH } from '../../messages/protocol';
import { SaveArticleButton } from '../shared/SaveArticleButton';
import { t, uiLanguage } from '../shared/i18n';
import type { SidebarApi } from './api';
import { AddActorView } from './AddActorView';
import { EntityView } from './EntityView';
import { back, canBack, canForward, current, forward, push, type History, type SidebarRoute } from './history';
import { PageView } from './PageView';
import { SearchView } from './SearchView';

const WIDTH_RANGE = { min: 280, max: 720, step: 24 } as const;
// Typing pauses this long before a search runs.
const SEARCH_DEBOUNCE_MS = 120;

export interface SidebarProps {
  api: SidebarApi;
  history: History;
  onHistory: (h: History) => void;
  width: number;
  onWidth: (px: number) => void;
}

export function Sidebar({ api, history, onHistory, width, onWidth }: SidebarProps) {
  const route = current(history);
  // Back points the way the UI reads from: right in Arabic, left in English.
  const rtl = uiLanguage() === 'ar';
  const go = (r: SidebarRoute) => onHistory(push(history, r));
  const openEntity = (id: string) => go({ kind: 'entity', id });
  const [query, setQuery] = useState(route.kind === 'search' ? route.text : '');
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    if (route.kind === 'search') setQuery(route.text);
  }, [route]);

  const onInput = (text: string) => {
    setQuery(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (text.trim() !== '') go({ kind: 'search', text: text.trim() });
    }, SEARCH_DEBOUNCE_MS);
  };

  return (
    <aside class="sidebar" role="complementary" aria-label={t('sidebarLabel')}>
      <ResizeHandle width={width} onWidth={onWidth} />
      <header class="bar">
        <nav aria-label={t('sidebarNavigation')}>
          <button type="button" aria-label={t('sidebarBack')} disabled={!canBack(history)} onClick={() => onHistory(back(history))}>
            {rtl ? '→' : '←'}
          </button>
          <button type="button" aria-label={t('sidebarForward')} disabled={!canForward(history)} onClick={() => onHistory(forward(history))}>
            {rtl ? '←' : '→'}
          </button>
          <button type="button" class="page-view" onClick={() => go({ kind: 'page' })}>
            {t('sidebarOnThisPage')}
          </button>
          <SaveArticleButton save={api.save} />
        </nav>
        <button type="button" class="close" aria-label={t('sidebarClose')} onClick={api.close}>
          ×
        </button>
      </header>
      <form role="search" class="search" onSubmit={(e) => (e.preventDefault(), query.trim() && go({ kind: 'search', text: query.trim() }))}>
        <input
          type="search"
          value={query}
          dir="auto"
          maxLength={MAX_QUERY_LENGTH}
          placeholder={t('sidebarSearchPlaceholder')}
          aria-label={t('sidebarSearchLabel')}
          onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        />
      </form>
      <div class="content">
        {route.kind === 'page' ? <PageView api={api} onOpen={openEntity} /> : null}
        {route.kind === 'entity' ? <EntityView id={route.id} api={api} onOpen={openEntity} /> : null}
        {route.kind === 'search' ? <SearchView text={route.text} api={api} onOpen={openEntity} /> : null}
        {route.kind === 'add-actor' ? <AddActorView name={route.name} api={api} onAdded={() => undefined} /> : null}
      </div>
    </aside>
  );
}

/** The panel's inner edge: drag it, or focus it and use the arrow keys. */
function ResizeHandle({ width, onWidth }: { width: number; onWidth: (px: number) => void }) {
  const clamp = (px: number) => Math.round(Math.min(WIDTH_RANGE.max, Math.max(WIDTH_RANGE.min, px)));
  const onPointerDown = (e: PointerEvent) => {
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => onWidth(clamp(ev.clientX));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  return (
    <div
      class="resize"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('sidebarResize')}
      aria-valuemin={WIDTH_RANGE.min}
      aria-valuemax={WIDTH_RANGE.max}
      aria-valuenow={width}
      onPointerDown={onPointerDown}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') onWidth(clamp(width + WIDTH_RANGE.step));
        else if (e.key === 'ArrowLeft') onWidth(clamp(width - WIDTH_RANGE.step));
      }}
    />
  );
}
