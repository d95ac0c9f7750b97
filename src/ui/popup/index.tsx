/** The toolbar popup: what Siyaq found on the current tab. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageStatus } from '../../messages/protocol';
import { sendToTab } from '../../messages/transport';
import { applyLocale, t } from '../shared/i18n';

async function activeTabStatus(): Promise<PageStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return await sendToTab(tab.id, 'page/status', null);
  } catch {
    // No content script answers on browser pages, non-web URLs, or pages loaded before install.
    return null;
  }
}

function Popup() {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  useEffect(() => {
    void activeTabStatus().then(setStatus);
  }, []);
  return (
    <main>
      <h1>{t('popupHeading')}</h1>
      {status === undefined ? null : status?.active ? (
        <p data-testid="entity-count">{t('popupEntities', String(status.entities))}</p>
      ) : (
        <p>{t('popupNoPage')}</p>
      )}
    </main>
  );
}

applyLocale(document.documentElement);
render(<Popup />, document.getElementById('app')!);
