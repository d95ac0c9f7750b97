/**
 * A person's offices as of the page's date: the one held then (since when), or the last one held
 * before (former, until when), a life event that ended them, and what changed after the page's
 * date, so that a past role is never stated as current. The card shows the essentials; the
 * sidebar every office.
 */
import type { DatedRole, RolesOn } from '../../dated/offices';
import type { PageDate } from '../frame/frame-calls';
import { formatDate } from './format';
import { t, uiLanguage } from './i18n';

const roleName = (role: DatedRole): string => (uiLanguage() === 'ar' ? role.ar : role.en);
const day = (iso: string): string => formatDate(iso, 'printed');

/** The line that says which date the roles are read on, and where that date came from. */
export function RolesDate({ page }: { page: PageDate }) {
  return <p class="roles-date muted">{page.source === 'today' ? t('rolesAsOfToday', day(page.date)) : t('rolesAsOf', day(page.date))}</p>;
}

export function DatedRoles({ roles, page, all }: { roles: RolesOn; page: PageDate; all: boolean }) {
  const current = all ? roles.current : roles.current.slice(0, 1);
  // With an office held, former ones are history for the sidebar; without, the last one says who
  // the person was.
  const former = all ? roles.former : current.length === 0 ? roles.former.slice(0, 1) : [];
  const later = all ? roles.later : roles.later.slice(0, 1);
  const laterEvents = all ? roles.laterEvents : later.length === 0 ? roles.laterEvents.slice(0, 1) : [];
  return (
    <div class="dated-roles" data-date={page.date}>
      <ul class="roles-now">
        {current.map((r) => (
          <li key={r.office} class="role-current" data-office={r.office}>
            {t('roleSince', [roleName(r), day(r.start)])}
          </li>
        ))}
        {former.map((r) => (
          <li key={r.office} class="role-former" data-office={r.office}>
            {t('roleFormer', [roleName(r), day(r.end!)])}
          </li>
        ))}
        {roles.event ? <li class="role-event">{t('roleEvent', [uiLanguage() === 'ar' ? roles.event.ar : roles.event.en, day(roles.event.date)])}</li> : null}
      </ul>
      {later.length + laterEvents.length > 0 ? (
        <div class="roles-later">
          <p class="later-heading">{t('rolesLater')}</p>
          <ul>
            {later.map((l) => (
              <li key={`${l.role.office}-${l.change}`} class={`later-${l.change}`} data-office={l.role.office}>
                {t(l.change === 'began' ? 'laterBegan' : 'laterEnded', [roleName(l.role), day(l.date)])}
              </li>
            ))}
            {laterEvents.map((e) => (
              <li key={e.date} class="later-event">
                {t('roleEvent', [uiLanguage() === 'ar' ? e.ar : e.en, day(e.date)])}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RolesDate page={page} />
    </div>
  );
}
