/**
 * Settings as a JSON file the reader can save and load. Import reads the file as storage is
 * read, migrations included, so a file exported by an older version imports; it merges onto the
 * current settings field by field: a field the file leaves out, or one that does not fit the
 * schema, keeps its current value (and the second is named).
 */
import { readSettings, type Settings } from './schema';

const EXPORT_FORMAT = 'siyaq-settings';

/**
 * Longest file taken, checked before it is parsed: an export is a few hundred bytes plus some
 * thirty per site, so a megabyte holds the most sites allowed three times over, and parsing
 * more (a 60 MB file was read whole) only stalls the page for a file that is no export of ours.
 */
export const MAX_IMPORT_CHARS = 1_000_000;

/**
 * Most sites a file may list: far more than anyone switches by hand, and few enough that the
 * settings stay well inside storage.local's quota (10 MB in Chromium), which 400 000 sites broke.
 */
export const MAX_SITES = 10_000;

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, ...settings }, null, 2) + '\n';
}

export type ImportResult =
  | { ok: true; settings: Settings; rejected: string[] }
  /** Nothing is taken: the file is too large, lists too many sites, or is no settings file. */
  | { ok: false; reason: 'size' | 'sites' | 'format'; detail: string };

export function importSettings(text: string, current: Settings): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, reason: 'size', detail: `${text.length} > ${MAX_IMPORT_CHARS}` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: 'format', detail: (err as Error).message };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'format', detail: 'not a settings object' };
  const { format, ...rest } = raw as Record<string, unknown>;
  if (format !== undefined && format !== EXPORT_FORMAT) return { ok: false, reason: 'format', detail: `unknown format ${String(format)}` };
  const sites = rest.sites;
  if (typeof sites === 'object' && sites !== null && Object.keys(sites).length > MAX_SITES) {
    return { ok: false, reason: 'sites', detail: `${Object.keys(sites).length} > ${MAX_SITES}` };
  }
  return { ok: true, ...readSettings(rest, current) };
}
