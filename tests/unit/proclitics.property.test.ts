/**
 * The matcher and the search tokenizer read the proclitic grammar alike: on every form of the
 * real catalogue, behind every chain the matcher allows it, the matcher finds the entity and the
 * tokenizer gives the word the search terms of the bare form (so وللقاهرة and فكالقاهرة are found
 * by a search for القاهرة and the other way round). Two readings differ by design: the matcher
 * also puts ل before an article form unmerged (for a name whose ال is its own: لالياس), which the
 * tokenizer reads as ل + the whole name, a term a search for the name tries too; and the tokenizer
 * leaves on a clitic that would leave less than MIN_STEM letters (بجو stays بجو), lest كان read
 * as ان.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_STEM, readings, tokenize } from '../../src/text/tokens';
import { parseCatalogue } from '../../src/match/catalogue';
import type { CatalogueForm } from '../../src/match/catalogue-types';
import { applyPrefix, prefixesFor } from '../../src/match/clitics';
import { compileMatcher } from '../../src/match/matcher';
import { hasArticle } from '../../src/text/proclitics';
import { foldedWords } from '../../src/text/words';

const file = resolve(import.meta.dirname, '..', '..', 'seeds', 'catalogue.json');
const catalogue = parseCatalogue(readFileSync(file, 'utf8'), 'seeds/catalogue.json');
const matcher = compileMatcher(catalogue);
// The index's vocabulary always holds every word of every catalogue form.
const words = new Set(catalogue.entities.flatMap((e) => e.forms.flatMap((f) => tokenize(f.text).map((t) => t.folded))));
const known = (w: string): boolean => words.has(w);
const stems = (text: string): string[] => tokenize(text, known).map((t) => t.stem);

interface Case {
  id: string;
  /** The form's words, folded, its first behind the chain. */
  surface: string;
  bare: string;
  /** How the tokenizer reads the first word: as the bare form, ل + the whole name, or too short to strip. */
  reading: 'bare' | 'unmerged' | 'short';
  /** The words a guard asks for around the form, with the space between. */
  before: string;
  after: string;
}

function casesOf(id: string, form: CatalogueForm): Case[] {
  const folded = foldedWords(form.text);
  const banned = new Set((form.guard?.noProclitics ?? []).map((c) => foldedWords(c).join('')));
  const before = form.guard?.requireAfter ? `${form.guard.requireAfter[0]} ` : '';
  const after = form.guard?.requireBefore ? ` ${form.guard.requireBefore[0]}` : '';
  const first = folded[0]!;
  return prefixesFor(first, form.kind === 'adjective', banned).map((p) => ({
    id,
    surface: [applyPrefix(p, first), ...folded.slice(1)].join(' '),
    bare: folded.join(' '),
    reading: first.length < MIN_STEM && p.written !== '' ? 'short' : hasArticle(first) && !p.replacesArticle && p.clitics.at(-1) === 'ل' ? 'unmerged' : 'bare',
    before,
    after,
  }));
}

const cases = catalogue.entities.flatMap((e) => e.forms.flatMap((f) => casesOf(e.id, f)));

/** Forms an entity claims when quoted (orQuoted: «الشرق الأوسط» is the paper, not the region). */
const quotedBy = new Map(catalogue.entities.flatMap((e) => e.forms.filter((f) => f.guard?.orQuoted).map((f) => [foldedWords(f.text).join(' '), e.id] as const)));

/** The matcher finds the entity behind the chain as it does bare, and the tokenizer reads both alike. */
function check(c: Case, left: string, right: string): void {
  const text = (form: string): string => `${left}${c.before}${form}${c.after}${right}`;
  const at = left.length + c.before.length;
  const endingAtForm = (form: string) => matcher.scan(text(form)).find((m) => m.end === at + form.length);
  const quoted = left.endsWith('«') && right.startsWith('»') && c.before === '' && c.after === '';
  const id = (quoted && quotedBy.get(c.bare)) || c.id;
  // Ending there, not starting: a guard's context may join the form into a longer one (قناة القدس).
  expect(endingAtForm(c.bare)?.id, c.bare).toBe(id);
  expect(endingAtForm(c.surface)?.id, c.surface).toBe(id);
  const [surfaceFirst, ...surfaceRest] = stems(c.surface);
  const [bareFirst, ...bareRest] = stems(c.bare);
  expect(surfaceRest, c.surface).toEqual(bareRest);
  if (c.reading === 'bare') expect(surfaceFirst, c.surface).toBe(bareFirst);
  else if (c.reading === 'unmerged') expect(readings(c.bare.split(' ')[0]!), c.surface).toContain(surfaceFirst);
  // Never a letter of the name itself.
  else expect(surfaceFirst.endsWith(c.bare.split(' ')[0]!), c.surface).toBe(true);
}

describe('matcher and tokenizer agree on the clitic grammar', () => {
  it(`on every catalogue form behind every chain it allows (${cases.length} words)`, () => {
    expect(cases.length).toBeGreaterThan(catalogue.entities.length * 12);
    expect(cases.filter((c) => c.reading === 'bare').length).toBeGreaterThan(cases.length * 0.9);
    for (const c of cases) check(c, ' ', ' ');
  });

  it('in running text', () => {
    const edge = fc.constantFrom(' ', '\n', '، ', '. ', ' «', '» ', ' (', ') ');
    fc.assert(fc.property(fc.constantFrom(...cases), edge, edge, (c, left, right) => check(c, left, right)));
  });
});
