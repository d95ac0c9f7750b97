import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor } from '../../scripts/lib/manifest';

const source = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('manifest variants', () => {
  it('gives Chromium a service worker and no Firefox-only keys', () => {
    const m = manifestFor(source, 'chromium', '1.2.3');
    expect(m.version).toBe('1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m).not.toHaveProperty('browser_specific_settings');
  });

  it('gives Firefox background scripts, a gecko id and a minimum version of at least 140', () => {
    const m = manifestFor(source, 'firefox', '1.2.3') as {
      background: unknown;
      browser_specific_settings: { gecko: { id: string; strict_min_version: string } };
    };
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  it('leaves the source manifest untouched', () => {
    const before = JSON.stringify(source);
    manifestFor(source, 'firefox', '9.9.9');
    expect(JSON.stringify(source)).toBe(before);
  });
});
