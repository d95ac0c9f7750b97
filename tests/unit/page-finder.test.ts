import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityRef } from '../../src/match/catalogue-types';
import { TO_BACKGROUND } from '../../src/messages/schemas';

// What the page finder sends, checked by the background's own schema as the message arrives.
const sent: { type: string; payload: { page: string; texts: string[]; date: string } }[] = [];
vi.mock('../../src/messages/runtime', () => ({
  sendToBackground: (type: 'page/scan', payload: { page: string; texts: string[]; date: string }) => {
    sent.push({ type, payload: TO_BACKGROUND[type](payload) });
    return Promise.resolve({ entities: [], found: payload.texts.map(() => []) });
  },
}));

const { pageFinder } = await import('../../src/content/page-finder');

describe('pageFinder names its reading of the page', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('with a name the background accepts, the same for every text of one reading', async () => {
    const find = pageFinder('2025-01-15', new Map<string, EntityRef>());
    await find(['وقف إطلاق النار']);
    await find(['حماس', 'قطر']);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.payload.page).toMatch(/^[0-9a-f]{16}$/);
    expect(sent[1]!.payload.page).toBe(sent[0]!.payload.page);
    expect(sent[1]!.payload).toMatchObject({ texts: ['حماس', 'قطر'], date: '2025-01-15' });
  });

  it('and a new name for each new reading (the background keeps one matcher per reading)', async () => {
    const names = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await pageFinder('2025-01-15', new Map())(['غزة']);
      names.add(sent.at(-1)!.payload.page);
    }
    expect(names.size).toBe(200);
    for (const name of names) expect(name).toMatch(/^[0-9a-f]{16}$/);
  });
});
