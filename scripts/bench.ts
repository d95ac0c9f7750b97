/**
 * `npm run bench`: runs every section in bench/*.bench.ts in turn (or those named on the command
 * line). Each section prints its own figures and ratios against a baseline it measures in the
 * same run, so that numbers are comparable on whatever machine runs them.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(import.meta.dirname, '..', 'bench');
const wanted = process.argv.slice(2);
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

for (const file of sections) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await mod.default();
}
