import type { PageStatus } from '../messages/protocol';

/** The action badge: the number of entities found, or nothing where Siyaq is idle. */
export function badgeText(status: PageStatus): string {
  if (!status.active || status.entities === 0) return '';
  return status.entities > 999 ? '999+' : String(status.entities);
}
