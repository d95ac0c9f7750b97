/**
 * The one writer of the settings. Every change (the popup's switches, the options page, an
 * import, the keyboard command) is applied here, one after another, to what is stored at that
 * moment: two pages changing two sites at once each read, change and write in turn, and neither
 * change is lost, which separate read-change-writes in each page could not promise.
 */
import { readSettings, type Settings } from '../settings/schema';
import { loadSettings, saveSettings } from '../settings/storage';
import { serial } from './serial';

const inTurn = serial();

/**
 * Applies a change to the stored settings, through the schema (a field that does not fit keeps
 * its current value), and resolves with what was stored; rejects, storing nothing, where storage
 * refuses the write. A change that returns the settings it was given writes nothing.
 */
export function writeSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const current = await loadSettings();
    const changed = change(current);
    if (changed === current) return current;
    const next = readSettings(changed, current).settings;
    await saveSettings(next);
    return next;
  });
}
