/** The seed files' texts, in name order: the raw material every bench section builds its input from. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function seedTexts(root: string): string[] {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}
