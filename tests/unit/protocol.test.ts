import { describe, expect, it } from 'vitest';
import { dispatch, isMessage, MAX_QUERY_LENGTH, type Handlers, type ToBackground } from '../../src/messages/protocol';
import { TO_BACKGROUND } from '../../src/messages/schemas';
import { TO_TAB } from '../../src/messages/tab-checks';

// Every message the background receives, each answered by a handler that records it.
function backgroundHandlers(seen: unknown[]): Handlers<ToBackground> {
  const record = (payload: unknown) => (seen.push(payload), null as never);
  return {
    'site/state': record,
    'entity/dossier': record,
    'corpus/search': record,
    'entity/summary': record,
    'page/report': record,
    'page/scan': record,
    'frame/register': record,
    'frame/token': record,
    'library/save': record,
    'actors/add': record,
    'library/changed': record,
    'settings/change': record,
    'settings/import': record,
  };
}
import { badgeText } from '../../src/background/badge';

describe('message protocol', () => {
  it('recognises only well-formed messages of its own direction', () => {
    expect(isMessage(TO_TAB, { type: 'page/status', payload: null })).toBe(true);
    expect(isMessage(TO_BACKGROUND, { type: 'page/status', payload: null })).toBe(false);
    expect(isMessage(TO_TAB, { type: 'page/status' })).toBe(false);
    expect(isMessage(TO_TAB, { type: 'nope', payload: null })).toBe(false);
    expect(isMessage(TO_TAB, 'page/status')).toBe(false);
    expect(isMessage(TO_TAB, null)).toBe(false);
  });

  it('routes a message to its handler with the origin, and replies with its result', async () => {
    const seen: unknown[] = [];
    const reply = dispatch(
      TO_BACKGROUND,
      { ...backgroundHandlers(seen), 'page/report': (payload, origin) => (seen.push(payload, origin.tabId), null) },
      { type: 'page/report', payload: { hostname: 'a.example', arabic: true, active: true, entities: 3 } },
      { tabId: 7, extensionPage: false },
    );
    expect(await reply).toBeNull();
    expect(seen).toEqual([{ hostname: 'a.example', arabic: true, active: true, entities: 3 }, 7]);
  });

  it('leaves messages of the other direction, and non-messages, to other listeners', () => {
    const origin = { extensionPage: false };
    expect(dispatch(TO_BACKGROUND, backgroundHandlers([]), { type: 'page/status', payload: null }, origin)).toBeUndefined();
    expect(dispatch(TO_BACKGROUND, backgroundHandlers([]), { type: 'site/changed', payload: {} }, origin)).toBeUndefined();
    expect(dispatch(TO_BACKGROUND, backgroundHandlers([]), { hello: 1 }, origin)).toBeUndefined();
  });

  it('requires a handler for every message a side receives (the compiler checks; tsc runs in npm run lint)', () => {
    const { 'frame/token': _dropped, ...incomplete } = backgroundHandlers([]);
    // @ts-expect-error: a background without a frame/token handler does not compile
    const handlers: Handlers<ToBackground> = incomplete;
    expect(Object.keys(handlers)).not.toContain('frame/token');
  });

  it('checks a pushed site state before the content script applies it', async () => {
    const state = { site: 'a.example', on: true, paused: false, markMode: 'first', hoverDelayMs: 350, uiLanguage: 'ar', actors: [] };
    const applied: unknown[] = [];
    const handlers = {
      'page/status': () => ({ hostname: 'a.example', arabic: true, active: true, entities: 0 }),
      'sidebar/toggle': () => null,
      'site/changed': (s: unknown) => (applied.push(s), { hostname: 'a.example', arabic: true, active: true, entities: 0 }),
      'page/article': () => null,
    };
    await dispatch(TO_TAB, handlers, { type: 'site/changed', payload: state }, { extensionPage: false });
    await expect(dispatch(TO_TAB, handlers, { type: 'site/changed', payload: { ...state, markMode: 'all' } }, { extensionPage: false })).rejects.toThrow(
      'malformed site/changed',
    );
    expect(applied).toEqual([state]);
  });

  // What a page could make a content script send, or a content script send of its own accord:
  // refused before any handler runs.
  it.each([
    ['a search longer than the cap', 'corpus/search', { text: 'غزة '.repeat(1_000_000) }],
    ['a search that is not text', 'corpus/search', { text: 42 }],
    ['an extra field', 'corpus/search', { text: 'غزة', more: true }],
    ['an entity id that is no id', 'entity/dossier', { id: '../../etc' }],
    ['a negative count', 'page/report', { hostname: 'a.example', arabic: true, active: true, entities: -1 }],
    ['a token of the wrong shape', 'frame/register', { token: 'short' }],
    ['a payload where none belongs', 'page/status', { x: 1 }],
  ])('refuses %s', async (_, type, payload) => {
    const seen: unknown[] = [];
    const [schemas, handlers] =
      type === 'page/status'
        ? [TO_TAB, { 'page/status': () => (seen.push(1), null as never), 'sidebar/toggle': () => null, 'site/changed': () => null as never, 'page/article': () => null }]
        : [TO_BACKGROUND, backgroundHandlers(seen)];
    const reply = dispatch(schemas as typeof TO_BACKGROUND, handlers as Handlers<ToBackground>, { type, payload }, { extensionPage: false });
    await expect(reply).rejects.toThrow(`malformed ${type}`);
    expect(seen).toEqual([]);
  });

  it('passes a search at the cap', async () => {
    const text = 'ح'.repeat(MAX_QUERY_LENGTH);
    const seen: unknown[] = [];
    await dispatch(TO_BACKGROUND, backgroundHandlers(seen), { type: 'corpus/search', payload: { text } }, { extensionPage: true });
    expect(seen).toEqual([{ text }]);
  });
});

describe('action badge', () => {
  it.each([
    [{ active: false, entities: 5 }, ''],
    [{ active: true, entities: 0 }, ''],
    [{ active: true, entities: 12 }, '12'],
    [{ active: true, entities: 1000 }, '999+'],
  ])('%j → %j', (status, text) => {
    expect(badgeText({ hostname: 'example.com', arabic: true, ...status })).toBe(text);
  });
});

describe('what the content script receives', () => {
  const actor = { id: 'user-doha', type: 'place', ar: 'الدوحة', en: null, addedAt: '2025-01-01T00:00:00.000Z' };
  const state = { site: 'a.example', on: true, paused: false, markMode: 'first', hoverDelayMs: 350, uiLanguage: 'ar', actors: [actor] };
  it.each([
    ['an actor of no known type', 'site/changed', { ...state, actors: [{ ...actor, type: 'celebrity' }] }],
    ['an actor id not of the reader', 'site/changed', { ...state, actors: [{ ...actor, id: 'hamas' }] }],
    ['actors that are no list', 'site/changed', { ...state, actors: actor }],
    ['a payload for page/article', 'page/article', { x: 1 }],
    ['a missing field', 'site/changed', { ...state, on: undefined }],
    ['an extra field', 'site/changed', { ...state, more: 1 }],
    ['a delay that is no number', 'site/changed', { ...state, hoverDelayMs: Number.NaN }],
    ['a site name past 253 chars', 'site/changed', { ...state, site: 'a'.repeat(254) }],
    ['an array', 'site/changed', [state]],
    ['a search longer than the cap', 'sidebar/toggle', { search: 'ح'.repeat(MAX_QUERY_LENGTH + 1) }],
    ['a search that is not text', 'sidebar/toggle', { search: 1 }],
  ])('refuses %s', (_, type, payload) => {
    expect(() => TO_TAB[type as 'site/changed'](payload)).toThrow();
  });

  it.each([
    ['site/changed', state],
    ['sidebar/toggle', {}],
    ['sidebar/toggle', { search: 'غزة' }],
    ['page/status', null],
    ['page/article', null],
  ])('passes %s %j', (type, payload) => expect(TO_TAB[type as 'site/changed'](payload)).toEqual(payload));
});
