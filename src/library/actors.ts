/**
 * The reader's own actors: the checks a new name must pass (it must not be a form the catalogue
 * or another actor already has, or the matcher could not tell them apart) and its id.
 */
import { foldedWords } from '../text/words';
import { catalogue } from './indexer';
import type { UserActor } from './types';

export class LibraryError extends Error {
  override name = 'LibraryError';
}

const folded = (s: string): string => foldedWords(s).join(' ');

let catalogueForms: Map<string, string> | null = null;
/** Folded form → the Arabic name of the catalogue entity that has it. */
function formsOfCatalogue(): Map<string, string> {
  catalogueForms ??= new Map(catalogue.entities.flatMap((e) => e.forms.map((f) => [folded(f.text), e.ar] as const)));
  return catalogueForms;
}

/** Throws, saying why, when `ar` cannot name a new actor (`self`: the actor being renamed). */
export function checkActorName(ar: string, actors: UserActor[], self?: string): void {
  const name = folded(ar);
  if (!/[\u0621-\u064a]/.test(name)) throw new LibraryError(`«${ar}» has no Arabic letters to find on a page`);
  const known = formsOfCatalogue().get(name);
  if (known !== undefined) throw new LibraryError(`«${ar}» is already how Siyaq's catalogue names «${known}»`);
  const other = actors.find((a) => a.id !== self && folded(a.ar) === name);
  if (other) throw new LibraryError(`«${ar}» is already your actor «${other.ar}»`);
}

// Folded Arabic letters in Latin, for an id a person can read in an exported file.
const LATIN: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't',
  ظ: 'z', ع: 'a', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y', ء: '', ة: 'a', ى: 'a',
};

/** `user-` and a slug of the English name, else of the Arabic one in Latin letters; unique among `taken`. */
export function actorId(ar: string, en: string | null, taken: Set<string>): string {
  const latin = (en ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const base = (latin || foldedWords(ar).map((w) => [...w].map((c) => LATIN[c] ?? (/[a-z0-9]/.test(c) ? c : '')).join('')).filter(Boolean).join('-') || 'actor').slice(0, 50);
  let id = `user-${base}`;
  for (let n = 2; taken.has(id); n++) id = `user-${base}-${n}`;
  return id;
}
