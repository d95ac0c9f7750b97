/**
 * The reader's library on the options page: the saved articles (search, open, delete), the
 * actors the reader added (edit, remove), the storage used, and the whole library exported or
 * imported as one file. The page works on the library's database itself (it is the extension's
 * own origin) and tells the background afterwards, which tells the tabs of new actors.
 */
import { useEffect, useState } from 'preact/hooks';
import { openLibrary } from '../../library/library';
import type { SavedArticleSummary, UserActor } from '../../library/types';
import { ENTITY_TYPES, type EntityType } from '../../match/catalogue-types';
import { sendToBackground } from '../../messages/transport';
import { typeLabel } from '../card/Card';
import { formatDate } from '../shared/format';
import { t, uiLanguage } from '../shared/i18n';
import { downloadJson, JsonPicker } from './file-io';

const library = openLibrary();
const PAGE = 50;

const kib = (bytes: number): string => t('storageKib', Math.ceil(bytes / 1024).toLocaleString(uiLanguage()));

export function LibrarySection() {
  const [query, setQuery] = useState('');
  const [list, setList] = useState<{ articles: SavedArticleSummary[]; total: number; bytes: number } | null>(null);
  const [actors, setActors] = useState<UserActor[]>([]);
  const [notice, setNotice] = useState('');
  const [version, setVersion] = useState(0);
  const changed = () => {
    setVersion((n) => n + 1);
    void sendToBackground('library/changed', null).catch(() => undefined);
  };
  useEffect(() => {
    void library.listArticles({ query, limit: PAGE }).then(setList);
    void library.listActors().then(setActors);
  }, [query, version]);
  const fail = (err: unknown) => setNotice(t('libraryFailed', err instanceof Error ? err.message : String(err)));

  return (
    <>
      <section id="library" aria-labelledby="library-h">
        <h2 id="library-h">{t('libraryHeading')}</h2>
        <p class="muted">{list ? t('libraryUsage', [String(list.total), kib(list.bytes)]) : t('loading')}</p>
        <input type="search" value={query} placeholder={t('librarySearch')} aria-label={t('librarySearch')} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        {list && list.articles.length === 0 ? <p class="muted">{t('libraryEmpty')}</p> : null}
        <ul class="saved-articles">
          {list?.articles.map((a) => (
            <li key={a.id} class="saved-article" data-id={a.id}>
              <a href={a.url} target="_blank" rel="noopener noreferrer" lang="ar" dir="auto">
                {a.title}
              </a>{' '}
              <span class="muted">
                <bdi>{a.outlet}</bdi> · <bdi>{formatDate(a.date, 'printed')}</bdi>
              </span>{' '}
              <button type="button" class="delete secondary" aria-label={t('libraryDeleteArticle', a.title)} onClick={() => void library.deleteArticles([a.id]).then(changed, fail)}>
                {t('libraryDelete')}
              </button>
            </li>
          ))}
        </ul>
        <p>
          <button type="button" id="export-library" onClick={() => void library.exportPack().then((pack) => downloadJson('siyaq-library.json', JSON.stringify(pack)), fail)}>
            {t('libraryExport')}
          </button>{' '}
          <JsonPicker
            id="import-library"
            label={t('libraryImport')}
            onText={(text) =>
              void library.importPack(text).then((report) => {
                setNotice(
                  t('libraryImported', [String(report.articles.added + report.articles.updated), String(report.actors.added + report.actors.updated)]) +
                    (report.skipped.length ? ` ${t('libraryImportSkipped', report.skipped.slice(0, 5).join('; '))}` : ''),
                );
                changed();
              }, fail)
            }
          />
        </p>
        <p id="library-notice" role="status" class="notice">
          {notice}
        </p>
      </section>

      <section id="actors" aria-labelledby="actors-h">
        <h2 id="actors-h">{t('actorsHeading')}</h2>
        {actors.length === 0 ? <p class="muted">{t('actorsEmpty')}</p> : null}
        <ul>
          {actors.map((a) => (
            <ActorRow key={a.id} actor={a} onChanged={changed} onFail={fail} />
          ))}
        </ul>
      </section>
    </>
  );
}

function ActorRow({ actor, onChanged, onFail }: { actor: UserActor; onChanged: () => void; onFail: (err: unknown) => void }) {
  const [editing, setEditing] = useState(false);
  const [type, setType] = useState<EntityType>(actor.type);
  const [ar, setAr] = useState(actor.ar);
  const [en, setEn] = useState(actor.en ?? '');
  if (!editing) {
    return (
      <li class="actor" data-id={actor.id}>
        <bdi lang="ar">{actor.ar}</bdi> {actor.en ? <bdi lang="en">({actor.en})</bdi> : null} <span class="muted">{typeLabel(actor.type)}</span>{' '}
        <button type="button" class="edit secondary" onClick={() => setEditing(true)}>
          {t('actorsEdit')}
        </button>{' '}
        <button type="button" class="delete secondary" aria-label={t('actorsRemove', actor.ar)} onClick={() => void library.removeActor(actor.id).then(onChanged, onFail)}>
          {t('libraryDelete')}
        </button>
      </li>
    );
  }
  return (
    <li class="actor editing" data-id={actor.id}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void library.updateActor(actor.id, { type, ar: ar.trim(), en: en.trim() || null }).then(() => (setEditing(false), onChanged()), onFail);
        }}
      >
        <input aria-label={t('addActorAr')} lang="ar" dir="rtl" required value={ar} onInput={(e) => setAr((e.target as HTMLInputElement).value)} />{' '}
        <input aria-label={t('addActorEn')} lang="en" dir="ltr" value={en} onInput={(e) => setEn((e.target as HTMLInputElement).value)} />{' '}
        <select aria-label={t('addActorType')} value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as EntityType)}>
          {ENTITY_TYPES.map((ty) => (
            <option key={ty} value={ty}>
              {typeLabel(ty)}
            </option>
          ))}
        </select>{' '}
        <button type="submit">{t('actorsSave')}</button>
      </form>
    </li>
  );
}
