import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage } from '../../src/ui/shared/format-message';
import { back, canBack, canForward, current, forward, push, startHistory } from '../../src/ui/sidebar/history';

const root = join(import.meta.dirname, '../..');
const locale = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(root, 'extension/_locales', lang, 'messages.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has the same keys in Arabic and English', () => {
    expect(Object.keys(locale('ar')).sort()).toEqual(Object.keys(locale('en')).sort());
  });

  it('defines every key the UI asks for, and every __MSG__ the manifest names', () => {
    const ar = locale('ar');
    const used = new Set<string>();
    for (const file of [...sources(join(root, 'src/ui')), ...sources(join(root, 'src/content')), ...sources(join(root, 'src/background'))]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(m[1]!);
    }
    for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    for (const type of ['person', 'organization', 'state', 'place', 'event', 'media']) used.add(`type_${type}`);
    expect([...used].filter((k) => !(k in ar))).toEqual([]);
    expect([...used].filter((k) => !(k in locale('en')))).toEqual([]);
  });

  it('writes every Arabic message in Arabic, with Latin script only for what is kept as it is', () => {
    // Names and keys the Arabic UI writes in Latin letters, as Arabic tech writing does.
    const KEPT = new Set(['Siyaq', 'JSON', 'Alt+Shift+S', 'Alt+Shift+Y']);
    const latin = Object.entries(locale('ar')).flatMap(([key, { message }]) => {
      const words = message.replace(/\$\w+\$|%s/g, '').match(/[A-Za-z][A-Za-z+]*/g) ?? [];
      return words.filter((w) => !KEPT.has(w)).map((w) => `${key}: ${w}`);
    });
    expect(latin).toEqual([]);
    const notArabic = Object.entries(locale('ar')).filter(([, { message }]) => !/[\u0621-\u064A]/.test(message));
    expect(notArabic.map(([key]) => key)).toEqual([]);
  });

  it('reads as a newsroom reads it: the corpus is no blog, and a missing publisher is no anonymous source', () => {
    // «مدوّنة» is what an Arabic reader calls a blog; «مصدر غير مسمّى» is a source who asked not to be named.
    expect(Object.entries(locale('ar')).filter(([, { message }]) => /مدو[\u0651]?ن/.test(message)).map(([key]) => key)).toEqual([]);
    expect(locale('ar').outletUnknown!.message).not.toMatch(/مصدر/);
    expect(locale('en').outletUnknown!.message).not.toMatch(/source|unnamed/i);
  });

  it('gives each message the same placeholders in both languages', () => {
    const en = locale('en') as Record<string, { message: string; placeholders?: object }>;
    const ar = locale('ar') as Record<string, { message: string; placeholders?: object }>;
    const names = (m: { message: string } | undefined) => [...(m?.message.matchAll(/\$(\w+)\$/g) ?? [])].map((x) => x[1]!.toLowerCase()).sort();
    for (const key of Object.keys(ar)) expect([key, ...names(ar[key])]).toEqual([key, ...names(en[key])]);
  });

  it('formats placeholders as browser.i18n does', () => {
    const entry = { message: 'وجد سياق $COUNT$ من $WHAT$ ($$)', placeholders: { count: { content: '$1' }, what: { content: '$2' } } };
    expect(formatMessage(entry, ['12', 'الفاعلين'])).toBe('وجد سياق 12 من الفاعلين ($)');
    expect(formatMessage(undefined, [])).toBeUndefined();
  });
});

describe('sidebar history', () => {
  it('goes back and forward like a browser, dropping the forward entries on a new view', () => {
    let h = startHistory({ kind: 'page' });
    h = push(h, { kind: 'entity', id: 'kirby' });
    h = push(h, { kind: 'entity', id: 'burns' });
    expect(canForward(h)).toBe(false);
    h = back(h);
    expect(current(h)).toEqual({ kind: 'entity', id: 'kirby' });
    expect(canForward(h)).toBe(true);
    h = push(h, { kind: 'entity', id: 'sisi' });
    expect(canForward(h)).toBe(false);
    expect(h.entries.map((r) => (r.kind === 'entity' ? r.id : r.kind))).toEqual(['page', 'kirby', 'sisi']);
    h = back(back(h));
    expect(canBack(h)).toBe(false);
    expect(current(forward(h))).toEqual({ kind: 'entity', id: 'kirby' });
  });

  it('replaces a search as it is typed instead of stacking every keystroke, and ignores a repeat', () => {
    let h = push(startHistory({ kind: 'page' }), { kind: 'search', text: 'ر' });
    h = push(h, { kind: 'search', text: 'رف' });
    h = push(h, { kind: 'search', text: 'رفح' });
    expect(h.entries).toEqual([{ kind: 'page' }, { kind: 'search', text: 'رفح' }]);
    expect(push(h, { kind: 'search', text: 'رفح' })).toBe(h);
  });
});
