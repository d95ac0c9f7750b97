import type { Catalogue, CatalogueForm, EntityType } from '../../src/match/catalogue-types';

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
