import { EXPAND, FIRST_LETTER, IGNORABLE, MARK, foldedChar, resolve } from './char-class';

/**
 * The folded words of a phrase, split the way the matcher splits page text: at anything that is
 * not a word char, a diacritic or an invisible control (so "البيت  الأبيض" → [البيت, الابيض]).
 */
export function foldedWords(s: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const t = resolve(c);
    if (t >= FIRST_LETTER || t === EXPAND) word += foldedChar(c);
    else if (t !== MARK && t !== IGNORABLE && word !== '') {
      words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words;
}
