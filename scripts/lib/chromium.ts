/** Where Debian's Chromium lives, and the flags that keep it quiet on a machine with no network. */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.SIYAQ_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_INSTALL_HINT = 'install it with: bash scripts/install-browsers.sh';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium was not found at ${CHROMIUM}; ${CHROMIUM_INSTALL_HINT}`);
  }
}

export function extensionArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

export const QUIET_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  // Without these Chromium keeps calling home; here that fails loudly, and a user's
  // demo run has no business talking to anyone either.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // Its bubble would cover the demo article's first lines; Siyaq is for readers of Arabic.
  '--disable-features=Translate',
];
