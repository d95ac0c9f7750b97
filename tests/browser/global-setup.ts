/** Before any browser test: Chromium and Firefox ESR must be there (never downloaded), and dist/ must be fresh. */
import { assertChromium } from '../../scripts/lib/chromium';
import { assertFirefox } from '../../scripts/lib/firefox';
import { runBuild } from '../../scripts/lib/run-build';

export default function setup(): void {
  assertChromium();
  assertFirefox();
  runBuild({ ifStale: true });
}
