import { describe, expect, it } from 'vitest';
import { dispatch, isMessage, MAX_QUERY_LENGTH } from '../../src/messages/protocol';
import { badgeText } from '../../src/background/badge';

describe('message protocol', () => {
  it('recognises only well-formed messages of known types', () => {
    expect(isMessage({ type: 'page/status', payload: null })).toBe(true);
    expect(isMessage({ type: 'page/status' })).toBe(false);
    expect(isMessage({ type: 'nope', payload: null })).toBe(false);
    expect(isMessage('page/status')).toBe(false);
    expect(isMessage(null)).toBe(false);
  });

  it('routes a message to its handler with the origin, and replies with its result', async () => {
    const seen: unknown[] = [];
    const reply = dispatch(
      { 'page/report': (payload, origin) => (seen.push(payload, origin.tabId), null) },
      { type: 'page/report', payload: { hostname: 'a.example', arabic: true, active: true, entities: 3 } },
      { tabId: 7, extensionPage: false },
    );
    expect(await reply).toBeNull();
    expect(seen).toEqual([{ hostname: 'a.example', arabic: true, active: true, entities: 3 }, 7]);
  });

  it('leaves messages it has no handler for to other listeners', () => {
    const origin = { extensionPage: false };
    expect(dispatch({ 'page/report': () => null }, { type: 'page/status', payload: null }, origin)).toBeUndefined();
    expect(dispatch({ 'page/report': () => null }, { hello: 1 }, origin)).toBeUndefined();
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
    let ran = false;
    const handler = () => ((ran = true), null as never);
    const reply = dispatch(
      { 'corpus/search': handler, 'entity/dossier': handler, 'page/report': handler, 'frame/register': handler, 'page/status': handler },
      { type, payload },
      { extensionPage: false },
    );
    await expect(reply).rejects.toThrow(`malformed ${type}`);
    expect(ran).toBe(false);
  });

  it('passes a search at the cap', async () => {
    const text = 'ح'.repeat(MAX_QUERY_LENGTH);
    const reply = dispatch({ 'corpus/search': ({ text }) => ({ entities: [], passages: [{ text } as never] }) }, { type: 'corpus/search', payload: { text } }, { extensionPage: true });
    expect(await reply).toEqual({ entities: [], passages: [{ text }] });
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
