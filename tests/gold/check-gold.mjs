// Checks the hand-annotated gold files in tests/gold/.
//   node tests/gold/check-gold.mjs
// For every tests/gold/NAME.gold.txt with a seeds/NAME.txt, stripping the markup ([[X|id]] -> X)
// must give the seed file byte for byte. For every file (seed golds and passages) it checks that
// the markup is well formed, that every id is in seeds/catalogue.json, and that no span starts or
// ends with a space; it prints the mention count per file and per entity type.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const catalogue = JSON.parse(fs.readFileSync(path.join(root, 'seeds', 'catalogue.json'), 'utf8'));
const types = new Map(catalogue.entities.map((e) => [e.id, e.type]));
const MARK = /\[\[([^\[\]|]+)\|([a-z0-9-]+)\]\]/g;

/** Strips the markup; returns the plain text and the mentions with their offsets in it. */
export function parseGold(gold) {
  let plain = '';
  let last = 0;
  const mentions = [];
  for (const m of gold.matchAll(MARK)) {
    plain += gold.slice(last, m.index);
    mentions.push({ start: plain.length, end: plain.length + m[1].length, text: m[1], id: m[2] });
    plain += m[1];
    last = m.index + m[0].length;
  }
  plain += gold.slice(last);
  return { plain, mentions };
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.gold.txt') ? [path.join(dir, d.name)] : [],
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  const fail = (msg) => { failed = true; console.error('FAIL ' + msg); };
  for (const file of walk(here).sort()) {
    const rel = path.relative(root, file);
    const gold = fs.readFileSync(file, 'utf8');
    const { plain, mentions } = parseGold(gold);
    if (/\[\[|\]\]/.test(plain)) fail(`${rel}: malformed markup left after stripping`);
    for (const m of mentions) {
      if (!types.has(m.id)) fail(`${rel}: unknown id ${m.id} for «${m.text}»`);
      if (m.text !== m.text.trim()) fail(`${rel}: span «${m.text}» starts or ends with a space`);
    }
    const seed = path.join(root, 'seeds', path.basename(file).replace(/\.gold\.txt$/, '.txt'));
    if (fs.existsSync(seed)) {
      const want = fs.readFileSync(seed);
      const got = Buffer.from(plain, 'utf8');
      if (!want.equals(got)) {
        let i = 0;
        while (i < want.length && want[i] === got[i]) i++;
        fail(`${rel}: stripped text differs from ${path.relative(root, seed)} at byte ${i}`);
      }
    }
    const byType = {};
    for (const m of mentions) byType[types.get(m.id)] = (byType[types.get(m.id)] ?? 0) + 1;
    console.log(`${rel}: ${mentions.length} mentions`, JSON.stringify(byType));
  }
  process.exit(failed ? 1 : 0);
}
