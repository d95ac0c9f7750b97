import { describe, expect, it } from 'vitest';
import { dispatch, isMessage } from '../../src/messages/protocol';
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
      { tabId: 7 },
    );
    expect(await reply).toBeNull();
    expect(seen).toEqual([{ hostname: 'a.example', arabic: true, active: true, entities: 3 }, 7]);
  });

  it('leaves messages it has no handler for to other listeners', () => {
    expect(dispatch({ 'page/report': () => null }, { type: 'page/status', payload: null }, {})).toBeUndefined();
    expect(dispatch({ 'page/report': () => null }, { hello: 1 }, {})).toBeUndefined();
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
