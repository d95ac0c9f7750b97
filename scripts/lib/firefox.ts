/** Where Debian's Firefox ESR lives, for the Firefox build's browser tests. */
import { existsSync } from 'node:fs';

export const FIREFOX = process.env.SIYAQ_FIREFOX ?? '/usr/bin/firefox-esr';

export function assertFirefox(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox ESR was not found at ${FIREFOX}; install it with: bash scripts/install-browsers.sh`);
  }
}
