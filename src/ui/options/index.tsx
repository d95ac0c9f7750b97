/**
 * The options page: the sites where the reader changed the default, the default for new sites,
 * marks on first or every mention, the hover delay, the interface language, the keyboard
 * commands, and import and export of all of it.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import manifest from '../../../manifest.json';
import { HOVER_DELAY_RANGE, parseSettings, type ReadSettings, type Settings } from '../../settings/schema';
import { onSettingsChanged, readStoredSettings, saveSettings } from '../../settings/storage';
import { exportSettings, importSettings } from '../../settings/transfer';
import { applyLocale, setUiLanguage, t } from '../shared/i18n';
import { downloadJson, JsonPicker } from './file-io';
import { LibrarySection } from './LibrarySection';
import { mountPage } from '../shared/mount-page';

/** The _locales key of a command's description, as the manifest names it (`__MSG_key__`). */
function commandMessageKey(name: string): string | undefined {
  const description = (manifest.commands as Record<string, { description?: string }>)[name]?.description;
  return description?.match(/^__MSG_(\w+)__$/)?.[1];
}

function Options({ initial }: { initial: ReadSettings }) {
  const [{ settings, rejected }, setLoaded] = useState(initial);
  const [commands, setCommands] = useState<{ name: string; key: string; shortcut?: string }[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    // The browser describes its commands in its own language, which need not be the one the reader
    // chose here; so the description is looked up by the manifest's message key. The toolbar
    // button's own entry (_execute_action) is not in the manifest's commands and has none.
    void browser.commands.getAll().then((all) =>
      setCommands(all.flatMap(({ name, shortcut }) => {
        const key = name ? commandMessageKey(name) : undefined;
        return name && key ? [{ name, key, shortcut }] : [];
      })),
    );
    onSettingsChanged(() => void readStoredSettings().then(setLoaded));
  }, []);
  const save = (next: Settings) => {
    setLoaded({ settings: next, rejected: [] });
    void saveSettings(next);
  };
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      {rejected.length > 0 ? (
        <p role="status" class="notice" data-testid="rejected">
          {t('optionsRejected', rejected.join(', '))}
        </p>
      ) : null}
      {notice ? <p role="status" class="notice">{notice}</p> : null}

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('optionsSites')}</h2>
        {sites.length === 0 ? (
          <p class="muted">{t('optionsNoSites')}</p>
        ) : (
          <table>
            <tbody>
              {sites.map(([site, on]) => (
                <tr key={site} data-site={site}>
                  <td dir="ltr">{site}</td>
                  <td>{on ? t('optionsSiteOn') : t('optionsSiteOff')}</td>
                  <td>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={t('optionsRemoveSite', site)}
                      onClick={() => {
                        const { [site]: _, ...rest } = settings.sites;
                        save({ ...settings, sites: rest });
                      }}
                    >
                      {t('optionsRemove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <Choice
        legend={t('optionsDefault')}
        name="siteDefault"
        current={settings.siteDefault}
        options={[
          ['arabic', t('optionsDefaultArabic')],
          ['listed', t('optionsDefaultListed')],
        ]}
        onPick={(siteDefault) => save({ ...settings, siteDefault })}
      />
      <Choice
        legend={t('optionsMarks')}
        name="markMode"
        current={settings.markMode}
        options={[
          ['first', t('optionsMarkFirst')],
          ['every', t('optionsMarkEvery')],
        ]}
        onPick={(markMode) => save({ ...settings, markMode })}
      />

      <p>
        <label>
          {t('optionsHoverDelay')}{' '}
          <input
            type="number"
            name="hoverDelayMs"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => save(parseSettings({ ...settings, hoverDelayMs: Number((e.target as HTMLInputElement).value) }))}
          />{' '}
          {t('optionsMilliseconds')}
        </label>
      </p>

      <p>
        <label>
          {t('optionsLanguage')}{' '}
          <select
            name="uiLanguage"
            value={settings.uiLanguage}
            onChange={(e) => {
              const next = parseSettings({ ...settings, uiLanguage: (e.target as HTMLSelectElement).value });
              save(next);
              setUiLanguage(next.uiLanguage);
              applyLocale(document.documentElement);
            }}
          >
            <option value="auto">{t('optionsLanguageAuto')}</option>
            <option value="ar" lang="ar">
              العربية
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </p>

      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('optionsCommands')}</h2>
        <table>
          <tbody>
            {commands.map((c) => (
              <tr key={c.name}>
                <td>{t(c.key)}</td>
                <td dir="ltr">{c.shortcut || t('optionsNoShortcut')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="io-h">
        <h2 id="io-h">{t('optionsTransfer')}</h2>
        <p>
          <button type="button" onClick={() => downloadJson('siyaq-settings.json', exportSettings(settings))}>
            {t('optionsExport')}
          </button>{' '}
          <JsonPicker
            label={t('optionsImport')}
            onText={(text) => {
              const result = importSettings(text);
              if (!result.ok) return setNotice(t('optionsImportFailed', result.error));
              save(result.settings);
              setNotice(result.rejected.length ? t('optionsImportedExcept', result.rejected.join(', ')) : t('optionsImported'));
            }}
          />
        </p>
      </section>

      <LibrarySection />

      <p class="muted">{t('optionsPrivacy')}</p>
      <p class="muted">
        {t('optionsVersion')} {browser.runtime.getManifest().version}
      </p>
    </main>
  );
}

/** A set of radio buttons for one setting. */
function Choice<T extends string>(props: { legend: string; name: string; current: T; options: [T, string][]; onPick: (value: T) => void }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label class="switch" key={value}>
          <input type="radio" name={props.name} value={value} checked={props.current === value} onChange={() => props.onPick(value)} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}

void readStoredSettings().then((loaded) => mountPage(loaded.settings.uiLanguage, <Options initial={loaded} />));
