/**
 * The content script's checks on what is sent to its tab, written out rather than as schemas:
 * the content script runs on every page, and three small payloads do not need a schema library
 * loaded there. Each check is as strict as a valibot strictObject: no field missing, none extra,
 * each of its type and size.
 */
import { ENTITY_TYPES } from '../match/catalogue-types';
import { MAX_QUERY_LENGTH, type Checks, type ToTab } from './protocol';

type Field = (value: unknown) => boolean;

const isString = (max: number): Field => (value) => typeof value === 'string' && value.length <= max;
const isBoolean: Field = (value) => typeof value === 'boolean';
const oneOf = (...options: string[]): Field => (value) => typeof value === 'string' && options.includes(value);

/** A check that `payload` is an object with exactly these fields (`optional` ones may be absent). */
function strictObject<T>(fields: Record<string, Field>, optional: readonly string[] = []): (payload: unknown) => T {
  return (payload) => {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new Error('expected an object');
    for (const key of Object.keys(payload)) if (!Object.hasOwn(fields, key)) throw new Error(`unexpected field ${key}`);
    for (const [key, ok] of Object.entries(fields)) {
      const value = (payload as Record<string, unknown>)[key];
      if (value === undefined && optional.includes(key) && !Object.hasOwn(payload, key)) continue;
      if (!ok(value)) throw new Error(`bad field ${key}`);
    }
    return payload as T;
  };
}

const isNull = (payload: unknown): null => {
  if (payload !== null) throw new Error('expected null');
  return null;
};

/** A check that throws, as a field that fits or not. */
const fits = (check: (value: unknown) => unknown): Field => (value) => {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
};

const isActor = fits(strictObject({
  id: (value) => typeof value === 'string' && /^user-[a-z0-9-]{1,60}$/.test(value),
  type: oneOf(...ENTITY_TYPES),
  ar: (value) => typeof value === 'string' && value.trim().length >= 2 && value.length <= 80,
  en: (value) => value === null || isString(80)(value),
  addedAt: isString(40),
}));
/** The reader's actors: a list of at most 5 000, each as the library stores it. */
const isActors: Field = (value) => Array.isArray(value) && value.length <= 5000 && value.every(isActor);

export const TO_TAB: Checks<ToTab> = {
  'page/status': isNull,
  'sidebar/toggle': strictObject({ search: isString(MAX_QUERY_LENGTH), actor: isString(80) }, ['search', 'actor']),
  'site/changed': strictObject({
    site: isString(253),
    on: isBoolean,
    paused: isBoolean,
    markMode: oneOf('first', 'every'),
    hoverDelayMs: (value) => typeof value === 'number' && Number.isFinite(value),
    uiLanguage: oneOf('auto', 'ar', 'en'),
    actors: isActors,
  }),
  'page/article': isNull,
};
