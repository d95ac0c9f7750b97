/** Back and forward between sidebar views, as a browser's history does. */
export type SidebarRoute = { kind: 'page' } | { kind: 'entity'; id: string } | { kind: 'search'; text: string } | { kind: 'add-actor'; name: string };

export interface History {
  entries: SidebarRoute[];
  index: number;
}

export const startHistory = (route: SidebarRoute): History => ({ entries: [route], index: 0 });

export const current = (h: History): SidebarRoute => h.entries[h.index]!;

const same = (a: SidebarRoute, b: SidebarRoute): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Goes to a new view, dropping the forward entries; typing in search replaces, not stacks. */
export function push(h: History, route: SidebarRoute): History {
  const here = current(h);
  if (same(here, route)) return h;
  if (here.kind === 'search' && route.kind === 'search') {
    return { entries: [...h.entries.slice(0, h.index), route], index: h.index };
  }
  return { entries: [...h.entries.slice(0, h.index + 1), route], index: h.index + 1 };
}

export const canBack = (h: History): boolean => h.index > 0;
export const canForward = (h: History): boolean => h.index < h.entries.length - 1;
export const back = (h: History): History => (canBack(h) ? { ...h, index: h.index - 1 } : h);
export const forward = (h: History): History => (canForward(h) ? { ...h, index: h.index + 1 } : h);
