/**
 * The background's checks on every message sent to it, as valibot schemas: it bundles the
 * library anyway, and a schema says the shape it wants in one line.
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from '../match/catalogue-types';
import { isSiteKey } from '../settings/schema';
import { MAX_IMPORT_CHARS } from '../settings/transfer';
import { MAX_PAGE_ENTITIES, MAX_QUERY_LENGTH, MAX_SCAN_CHARS, MAX_SCAN_TEXTS, type Checks, type Inbox, type ToBackground } from './protocol';

type Schemas<P extends Inbox> = { [K in keyof P]: v.GenericSchema<unknown, P[K]['payload']> };

function checks<P extends Inbox>(schemas: Schemas<P>): Checks<P> {
  const out = {} as Checks<P>;
  for (const type of Object.keys(schemas) as (keyof P)[]) {
    out[type] = (payload) => {
      const checked = v.safeParse(schemas[type], payload);
      if (!checked.success) throw new Error(v.summarize(checked.issues));
      return checked.output;
    };
  }
  return out;
}

const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));
const hostname = v.pipe(v.string(), v.maxLength(253));
const query = v.pipe(v.string(), v.maxLength(MAX_QUERY_LENGTH));
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

// A saved article's text: a long read is 100 000 characters; a live blog, a few times that.
export const MAX_ARTICLE_CHARS = 2_000_000;
export const ARTICLE_CAPTURE = v.strictObject({
  url: v.pipe(v.string(), v.url(), v.maxLength(2048)),
  title: v.pipe(v.string(), v.maxLength(1000)),
  outlet: v.pipe(v.string(), v.maxLength(300)),
  date: day,
  dateSource: v.picklist(['meta', 'json-ld', 'time', 'dateline', 'today']),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ARTICLE_CHARS)),
});
const actorName = v.pipe(v.string(), v.trim(), v.minLength(2), v.maxLength(80));
export const USER_ACTOR = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^user-[a-z0-9-]{1,60}$/)),
  type: v.picklist(ENTITY_TYPES),
  ar: actorName,
  en: v.nullable(v.pipe(v.string(), v.maxLength(80))),
  addedAt: v.string(),
});

const pageStatus = v.strictObject({
  hostname,
  arabic: v.boolean(),
  active: v.boolean(),
  entities: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PAGE_ENTITIES)),
});

const settingsPatch = v.strictObject({
  markMode: v.optional(v.picklist(['first', 'every'])),
  hoverDelayMs: v.optional(v.pipe(v.number(), v.finite())),
  siteDefault: v.optional(v.picklist(['arabic', 'listed'])),
  paused: v.optional(v.boolean()),
  uiLanguage: v.optional(v.picklist(['auto', 'ar', 'en'])),
  site: v.optional(v.strictObject({ site: v.pipe(v.string(), v.check(isSiteKey)), on: v.nullable(v.boolean()) })),
});

export const TO_BACKGROUND: Checks<ToBackground> = checks<ToBackground>({
  'site/state': v.nullable(v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
  'entity/dossier': v.strictObject({ id: entityId, date: day }),
  'corpus/search': v.strictObject({ text: query }),
  'entity/summary': v.strictObject({ id: entityId, date: day }),
  'page/report': pageStatus,
  'page/scan': v.strictObject({
    page: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
    texts: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_SCAN_CHARS))),
      v.maxLength(MAX_SCAN_TEXTS),
      v.check((texts) => texts.reduce((sum, t) => sum + t.length, 0) <= MAX_SCAN_CHARS, `more than ${MAX_SCAN_CHARS} characters`),
    ),
    date: day,
  }),
  'frame/register': v.strictObject({ token: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) }),
  'frame/token': v.null(),
  'library/save': ARTICLE_CAPTURE,
  'actors/add': v.strictObject({ type: v.picklist(ENTITY_TYPES), ar: actorName, en: v.nullable(v.pipe(v.string(), v.maxLength(80))) }),
  'library/changed': v.null(),
  'settings/change': settingsPatch,
  // The length is checked before anything parses the file (see MAX_IMPORT_CHARS).
  'settings/import': v.strictObject({ text: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS)) }),
});
