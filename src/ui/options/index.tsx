/**
 * The options page: the sites where the reader changed the default, the default for new sites,
 * marks on first or every mention, the hover delay, the interface language, the keyboard
 * commands, and import and export of all of it.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import manifest from '../../../manifest.json';
import { sendToBackground } from '../../messages/transport';
import type { SettingsPatch } from '../../settings/patch';
import { HOVER_DELAY_RANGE, type ReadSettings, type Settings } from '../../settings/schema';
import { onSettingsChanged, readStoredSettings } from '../../settings/storage';
import { exportSettings, MAX_IMPORT_CHARS, MAX_SITES, type ImportResult } from '../../settings/transfer';
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
  // Every change goes to the background, the settings' one writer; one that storage refused is
  // said, and the page shows again what is stored.
  const failed = (err: Error) => {
    setNotice(t('optionsSaveFailed', err.message));
    void readStoredSettings().then(setLoaded);
  };
  const change = (patch: SettingsPatch, then?: (next: Settings) => void) =>
    void sendToBackground('settings/change', patch).then((next) => {
      setLoaded({ settings: next, rejected: [] });
      then?.(next);
    }, failed);
  const imported = (result: ImportResult) => {
    if (!result.ok) return setNotice(importRefusal(result));
    setLoaded({ settings: result.settings, rejected: [] });
    setNotice(result.rejected.length ? t('optionsImportedExcept', result.rejected.join(', ')) : t('optionsImported'));
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
                      onClick={() => change({ site: { site, on: null } })}
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
        onPick={(siteDefault) => change({ siteDefault })}
      />
      <Choice
        legend={t('optionsMarks')}
        name="markMode"
        current={settings.markMode}
        options={[
          ['first', t('optionsMarkFirst')],
          ['every', t('optionsMarkEvery')],
        ]}
        onPick={(markMode) => change({ markMode })}
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
            onChange={(e) => change({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
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
            onChange={(e) =>
              change({ uiLanguage: (e.target as HTMLSelectElement).value as Settings['uiLanguage'] }, (next) => {
                setUiLanguage(next.uiLanguage);
                applyLocale(document.documentElement);
              })
            }
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
            // The file's size is judged before it is read (see MAX_IMPORT_CHARS: no more bytes than that
            // can hold more characters), and the background merges it onto the settings in turn.
            limit={{ bytes: MAX_IMPORT_CHARS, refused: () => setNotice(t('optionsImportTooBig', megabytes(MAX_IMPORT_CHARS))) }}
            onText={(text) => void sendToBackground('settings/import', { text }).then(imported, failed)}
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

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toLocaleString(document.documentElement.lang)} MB`;

/** What the reader is told of a settings file that was refused whole. */
function importRefusal(result: Extract<ImportResult, { ok: false }>): string {
  if (result.reason === 'size') return t('optionsImportTooBig', megabytes(MAX_IMPORT_CHARS));
  if (result.reason === 'sites') return t('optionsImportTooManySites', MAX_SITES.toLocaleString(document.documentElement.lang));
  return t('optionsImportFailed', result.detail);
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
