import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { derivedCatalogue } from '../../src/match/data-build';
import { OFFICES_FILE, parseOffices } from '../../src/corpus/offices-file';
import { parseCatalogue } from '../../src/match/catalogue';
import type { Catalogue, CatalogueForm, EntityType } from '../../src/match/catalogue-types';
import { compileMatcher } from '../../src/match/matcher';
import { ANAPHORA } from '../../src/match/anaphora';

/** A small catalogue for unit tests: [id, type, forms], the first form being the name. */
export function testCatalogue(entries: ReadonlyArray<readonly [string, EntityType, ReadonlyArray<CatalogueForm>]>): Catalogue {
  return {
    version: 1,
    entities: entries.map(([id, type, forms]) => ({ id, type, ar: forms[0]!.text, en: id, forms: [...forms] })),
  };
}

export const SMALL = testCatalogue([
  ['israel', 'state', [{ text: 'إسرائيل', kind: 'name' }, { text: 'إسرائيلي', kind: 'adjective' }]],
  ['usa', 'state', [{ text: 'الولايات المتحدة', kind: 'name' }, { text: 'الولايات المتحدة الأمريكية', kind: 'name' }, { text: 'أمريكي', kind: 'adjective' }, { text: 'أميركي', kind: 'adjective' }]],
  ['cairo', 'place', [{ text: 'القاهرة', kind: 'name' }]],
  ['lebanon', 'state', [{ text: 'لبنان', kind: 'name' }]],
  ['white-house', 'organization', [{ text: 'البيت الأبيض', kind: 'name' }]],
  ['blinken', 'person', [{ text: 'أنتوني بلينكن', kind: 'name' }, { text: 'بلينكن', kind: 'surname' }]],
  ['netanyahu', 'person', [{ text: 'بنيامين نتنياهو', kind: 'name' }, { text: 'نتنياهو', kind: 'surname' }]],
  ['hamas', 'organization', [{ text: 'حماس', kind: 'name', guard: { noProclitics: ['ب', 'ال'], notBefore: ['شديد'] } }]],
  ['kan', 'media', [{ text: 'كان', kind: 'name', guard: { requireAfter: ['قناة'] } }]],
  ['fatah', 'organization', [{ text: 'فتح', kind: 'name', guard: { notAfter: ['إعادة'] } }]],
  ['qatar', 'state', [{ text: 'قطر', kind: 'name' }]],
  ['beirut', 'place', [{ text: 'بيروت', kind: 'name' }]],
  ['jean-yves', 'person', [{ text: 'جان إيف لودريان', kind: 'name' }]],
  ['pm', 'person', [{ text: 'رئيس الوزراء إسماعيل', kind: 'name' }]],
]);

/**
 * The engine as it reads a page, built from the real seeds: the catalogue, the dated offices
 * (validated as the build does), the plain matcher, the role-and-anaphor matcher the content
 * script ships (derivedCatalogue) and the catalogue's people.
 */
export function seedEngine() {
  const root = resolve(import.meta.dirname, '../..');
  const catalogue = parseCatalogue(readFileSync(join(root, 'seeds/catalogue.json'), 'utf8'), 'seeds/catalogue.json');
  const seedLines = new Map(
    readdirSync(join(root, 'seeds'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(root, 'seeds', f), 'utf8').split('\n').length]),
  );
  const offices = parseOffices(readFileSync(join(root, OFFICES_FILE), 'utf8'), OFFICES_FILE, catalogue, seedLines);
  return {
    catalogue,
    offices,
    plain: compileMatcher(catalogue),
    derived: compileMatcher(derivedCatalogue(catalogue, offices)),
    people: new Set(catalogue.entities.filter((e) => e.type === 'person').map((e) => e.id)),
    rules: ANAPHORA,
  };
}
