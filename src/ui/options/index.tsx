/** The options page. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { applyLocale, t } from '../shared/i18n';

function Options() {
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p>{t('optionsPrivacy')}</p>
      <p>
        {t('optionsVersion')} {browser.runtime.getManifest().version}
      </p>
    </main>
  );
}

applyLocale(document.documentElement);
render(<Options />, document.getElementById('app')!);
