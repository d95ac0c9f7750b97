/**
 * "Add to Siyaq": an actor of the reader's own, from a name selected on a page. Its written
 * forms come from the engine's rules (clitics, spelling variants), so the Arabic name as the
 * reader would write it is all the form asks for.
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../match/catalogue-types';
import { typeLabel } from '../card/Card';
import { t } from '../shared/i18n';
import type { SidebarApi } from './api';

export function AddActorView({ name, api, onAdded }: { name: string; api: SidebarApi; onAdded: (id: string) => void }) {
  const [type, setType] = useState<EntityType>('person');
  const [ar, setAr] = useState(name);
  const [en, setEn] = useState('');
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const actor = await api.addActor({ type, ar: ar.trim(), en: en.trim() === '' ? null : en.trim() });
      setSaid({ ok: true, text: t('addActorAdded', actor.ar) });
      onAdded(actor.id);
    } catch (err) {
      setSaid({ ok: false, text: t('addActorFailed', err instanceof Error ? err.message : String(err)) });
    }
  };
  return (
    <section aria-labelledby="siyaq-add-actor" class="add-actor">
      <h2 id="siyaq-add-actor" tabIndex={-1}>{t('addActorHeading')}</h2>
      <form onSubmit={submit}>
        <label>
          {t('addActorAr')}
          <input name="ar" lang="ar" dir="rtl" required minLength={2} maxLength={80} value={ar} onInput={(e) => setAr((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('addActorEn')}
          <input name="en" lang="en" dir="ltr" maxLength={80} value={en} onInput={(e) => setEn((e.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('addActorType')}
          <select name="type" value={type} onChange={(e) => setType((e.target as HTMLSelectElement).value as EntityType)}>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {typeLabel(ty)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="submit">
          {t('addActorSubmit')}
        </button>
      </form>
      <p role="status" class={said?.ok === false ? 'error' : 'muted'}>
        {said?.text ?? ''}
      </p>
    </section>
  );
}
