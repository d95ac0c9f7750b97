/**
 * The toolbar popup, for the current tab: is Siyaq on for this site (one switch, named with the
 * site), what it found on the page, the way into the sidebar, and a global pause. Changes go to
 * the background, the settings' one writer, and every open tab of the site follows them at once.
 */
import { useEffect, useState } from 'preact/hooks';
import browser, { type Windows } from 'webextension-polyfill';
import type { PageStatus, SiteState } from '../../messages/protocol';
import { sendToBackground, sendToTab, watch } from '../../messages/transport';
import { saveCapture } from '../../library/save-page';
import type { SettingsPatch } from '../../settings/patch';
import { isSiteOn } from '../../settings/sites';
import { loadSettings, onSettingsChanged } from '../../settings/storage';
import { SaveArticleButton } from '../shared/SaveArticleButton';
import { t } from '../shared/i18n';
import { mountPage } from '../shared/mount-page';

interface TabView {
  tabId: number;
  page: PageStatus;
  site: SiteState;
}

/**
 * The tab the popup acts on: the active tab of the last focused normal window, which is the
 * window the toolbar button was pressed in (the popup's own window, where it has one, is no
 * normal window), and where tests bring the tab to the front before they open the popup.
 */
async function targetTab(): Promise<number | undefined> {
  const focused = await browser.windows.getLastFocused({ windowTypes: ['normal'] } as Windows.GetInfo);
  const [tab] = await browser.tabs.query({ active: true, windowId: focused.id });
  return tab?.id;
}

async function readTab(): Promise<TabView | null> {
  const tabId = await targetTab();
  if (tabId === undefined) return null;
  try {
    const page = await sendToTab(tabId, 'page/status', null);
    const site = await sendToBackground('site/state', { tabId });
    return { tabId, page, site };
  } catch {
    // No content script answers on browser pages, non-web URLs, or pages loaded before install.
    return null;
  }
}

function Popup() {
  const [view, setView] = useState<TabView | null | undefined>(undefined);
  useEffect(() => {
    void readTab().then((tab) => {
      setView(tab);
      if (!tab) return;
      // The background pushes every settings change to the tab, which applies it and reports
      // what it then shows: the popup follows that report, when it happens.
      watch('page/report', (page, origin) => origin.tabId === tab.tabId && setView((v) => v && { ...v, page }));
      // A change made elsewhere (the options page, a command) changes what the switches say.
      onSettingsChanged(
        () => void sendToBackground('site/state', { tabId: tab.tabId }).then((site) => setView((v) => v && { ...v, site })),
      );
    });
  }, []);

  if (view === undefined) return <main aria-busy="true" />;
  if (view === null) {
    return (
      <main>
        <h1>{t('popupHeading')}</h1>
        <p>{t('popupNoPage')}</p>
      </main>
    );
  }
  const { page, site } = view;
  // The switches and the words beside them follow what was just written, without waiting for the
  // tab's content script to catch up (its report does that).
  const change = (patch: SettingsPatch) =>
    void sendToBackground('settings/change', patch).then((next) => setView((v) => v && { ...v, site: { ...v.site, on: isSiteOn(next, v.site.site), paused: next.paused } }));
  const setSite = (on: boolean) => change({ site: { site: site.site, on } });
  const setPaused = (paused: boolean) => change({ paused });
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      <label class="switch">
        <input type="checkbox" role="switch" checked={site.on} disabled={site.paused} onChange={(e) => setSite((e.target as HTMLInputElement).checked)} />
        <span>{site.on ? t('popupOnForSite', site.site) : t('popupOffForSite', site.site)}</span>
      </label>
      {!page.arabic ? <p class="muted">{t('popupNotArabic')}</p> : null}
      {page.active ? (
        <p data-testid="entity-count">{t('popupEntities', String(page.entities))}</p>
      ) : null}
      {page.active ? (
        <button
          type="button"
          onClick={() => {
            void sendToTab(view.tabId, 'sidebar/toggle', {}).then(() => window.close());
          }}
        >
          {t('popupOpenSidebar')}
        </button>
      ) : null}{' '}
      {/* The tab's article, as its content script reads it: the page's own text, nothing fetched. */}
      <SaveArticleButton
        save={async () => saveCapture(await sendToTab(view.tabId, 'page/article', null).catch(() => null), (c) => sendToBackground('library/save', c))}
      />
      <label class="switch">
        <input type="checkbox" checked={site.paused} onChange={(e) => setPaused((e.target as HTMLInputElement).checked)} />
        <span>{t('popupPauseAll')}</span>
      </label>
      <p>
        <a href="options.html" target="_blank">
          {t('popupOptions')}
        </a>
      </p>
    </main>
  );
}

void loadSettings().then((settings) => mountPage(settings.uiLanguage, <Popup />));
