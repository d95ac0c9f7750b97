/**
 * The sidebar frame (sidebar.html): keeps the reader's history for as long as the page lives,
 * asks the background for backgrounds and searches, and the host for the page's mentions.
 */
import { render } from 'preact';
import { saveCapture } from '../../library/save-page';
import { sendToBackground } from '../../messages/transport';
import type { HostToSidebar, PageDate, SidebarToHost } from '../frame/frame-calls';
import { acceptHost } from '../frame/frame-link';
import { markPainted, setFrameLanguage, styleFrame } from '../frame/frame-page';
import { t } from '../shared/i18n';
import type { Peer } from '../frame/port-rpc';
import type { PageEntity, SidebarApi } from './api';
import { push, startHistory, type History } from './history';
import { Sidebar } from './Sidebar';
import { SIDEBAR_CSS } from './sidebar-css';

const DEFAULT_WIDTH = 380;
const root = styleFrame(SIDEBAR_CSS);
let host: Peer<SidebarToHost> | null = null;
let history: History = startHistory({ kind: 'page' });
let width = DEFAULT_WIDTH;
let entities: PageEntity[] = [];
let pageVersion = 0;
/** The page's date, which the host sends with every show (today until it first does). */
let page: PageDate = { date: new Date().toISOString().slice(0, 10), source: 'today' };
/** When the reader asked for the view being drawn (epoch ms), until its answer is painted. */
let askedAt: number | null = null;

function api(): SidebarApi {
  return {
    dossier: (id) => {
      const answer = sendToBackground('entity/dossier', { id, date: page.date });
      const since = askedAt;
      askedAt = null;
      void answer.then(() => since !== null && markPainted('siyaq:sidebar-painted', since), () => undefined);
      return answer;
    },
    search: (text) => sendToBackground('corpus/search', { text }),
    pageEntities: () => entities,
    page,
    pageVersion,
    pageMentions: (id) => host?.call('page/mentions', { id }) ?? Promise.resolve({ shown: [], total: 0 }),
    jump: (id, index) => void host?.call('page/jump', { id, index }),
    save: async () => saveCapture(host ? await host.call('page/article', null) : null, (c) => sendToBackground('library/save', c)),
    addActor: (actor) => sendToBackground('actors/add', actor),
    close: () => void host?.call('sidebar/close', null),
  };
}

function draw(): void {
  render(
    <Sidebar
      api={api()}
      history={history}
      onHistory={(h) => {
        history = h;
        draw();
      }}
      width={width}
      onWidth={(px) => {
        width = px;
        void host?.call('sidebar/width', { px });
        draw();
      }}
    />,
    root,
  );
}

addEventListener('keydown', (e) => {
  if (e.key === 'Escape') void host?.call('sidebar/close', null);
});

void acceptHost<HostToSidebar, SidebarToHost>({
  'sidebar/show': ({ route, page: date, since }) => {
    page = date;
    if (route) {
      const next = push(history, route);
      // Timed only where a new entity view will ask the background.
      if (route.kind === 'entity' && next !== history) askedAt = since;
      history = next;
    }
    draw();
    // Focus lands on the view's heading, so a screen reader announces what opened.
    root.querySelector<HTMLElement>('.content h2')?.focus({ preventScroll: true });
    return null;
  },
  'page/changed': ({ entities: now }) => {
    entities = now;
    pageVersion++;
    draw();
    return null;
  },
  'frame/language': ({ uiLanguage }) => {
    setFrameLanguage(uiLanguage, 'sidebarFrameTitle');
    draw();
    return null;
  },
}).then(
  ({ peer, hello }) => {
    host = peer;
    setFrameLanguage(hello.uiLanguage, 'sidebarFrameTitle');
    draw();
  },
  // No host registered for this tab: the extension was updated under the page, whose old
  // content script opened this frame of the new one.
  () =>
    render(
      <aside class="sidebar" aria-label={t('sidebarLabel')}>
        <p class="error" role="alert">
          {t('answerFailed')}
        </p>
      </aside>,
      root,
    ),
);
