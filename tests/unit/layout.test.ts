/** What the extension ships never reaches into the corpus build, which is Node-only. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', '..', 'src');
const build = join(src, 'corpus');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(src, f))
  .filter((f) => !f.startsWith(build + '/'));

it('no shipped module imports from src/corpus/', () => {
  const offenders = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)]
      .filter((m) => resolve(dirname(file), m[1]!).startsWith(build + '/'))
      .map((m) => `${relative(src, file)} → ${m[1]}`),
  );
  expect(files.length).toBeGreaterThan(50);
  expect(offenders).toEqual([]);
});
