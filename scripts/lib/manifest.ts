/**
 * One source manifest, two browsers. Chromium runs the background as a service worker; Firefox
 * (MV3) runs it as an event page from `background.scripts` and needs a gecko id to keep storage
 * across installs.
 */
export type Browser = 'chromium' | 'firefox';
export const BROWSERS: Browser[] = ['chromium', 'firefox'];

export const GECKO_ID = 'siyaq@siyaq.app';
// 140 is the first Firefox ESR with MV3 `data_collection_permissions`, which AMO now requires.
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

type Manifest = Record<string, unknown> & { background: { service_worker: string } };

export function manifestFor(source: Manifest, browser: Browser, version: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...source, version };
  if (browser === 'firefox') {
    out.background = { scripts: [source.background.service_worker] };
    out.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // Siyaq reads the page locally and sends nothing anywhere.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    };
  }
  return out;
}
