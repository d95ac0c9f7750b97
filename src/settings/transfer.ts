/**
 * Settings as a JSON file the reader can save and load. Import reads the file as storage is
 * read, migrations included, so a file exported by an older version imports: what fits the
 * schema is taken, what does not is named and replaced by its default.
 */
import { readSettings, type Settings } from './schema';

const EXPORT_FORMAT = 'siyaq-settings';

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, ...settings }, null, 2) + '\n';
}

export type ImportResult = { ok: true; settings: Settings; rejected: string[] } | { ok: false; error: string };

export function importSettings(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not a settings object' };
  const { format, ...rest } = raw as Record<string, unknown>;
  if (format !== undefined && format !== EXPORT_FORMAT) return { ok: false, error: `unknown format ${String(format)}` };
  return { ok: true, ...readSettings(rest) };
}
