/**
 * `npm run build`: bundles every entry point with esbuild and writes two complete unpacked
 * extensions, dist/chromium and dist/firefox, from the one source manifest.
 *   --watch     rebuild on change (unminified, inline source maps)
 *   --if-stale  do nothing when dist/ is newer than every input (used by the tests)
 *   --store     for the stores: no source maps, and no bundle pointing at one
 *   --out DIR   write DIR/chromium and DIR/firefox instead of dist/ (the packaged build)
 * SIYAQ_NO_MINIFY=1 keeps the bundles readable (for a CPU profile of the content script).
 */
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BROWSERS, manifestFor } from './lib/manifest.ts';
import { isStale } from './lib/staleness.ts';
import { compileData, type CompiledData } from './lib/compile-data.ts';
import { preloadedTable } from '../src/text/char-class.ts';
import { bundle, digest } from './lib/source-cache.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const watch = args.has('--watch');
const store = args.has('--store');
const outArg = argv.indexOf('--out');
const dist = outArg >= 0 ? resolve(argv[outArg + 1]!) : join(root, 'dist');
const stamp = join(dist, '.stamp');
const bundleDir = join(dist, '.bundle');
const inputs = ['src', 'extension', 'seeds', 'manifest.json', 'package.json', 'scripts/build.ts', 'scripts/lib'].map((p) =>
  join(root, p),
);

const entryPoints = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  'early-styles': 'src/content/early-styles.ts',
  card: 'src/ui/card/card-page.tsx',
  sidebar: 'src/ui/sidebar/sidebar-page.tsx',
  popup: 'src/ui/popup/index.tsx',
  options: 'src/ui/options/index.tsx',
};

const options: esbuild.BuildOptions = {
  absWorkingDir: root,
  entryPoints,
  outdir: bundleDir,
  bundle: true,
  // Content scripts cannot be ES modules: one format for every entry.
  format: 'iife',
  target: ['chrome120', 'firefox140'],
  minify: !watch && !process.env.SIYAQ_NO_MINIFY,
  // The stores get no maps (they were 1.4 of the 1.9 MB), so their bundles name none either.
  sourcemap: watch ? 'inline' : store ? false : 'linked',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // The char-class table's common ranges, classified here rather than on every page.
  define: { SIYAQ_CHAR_TABLE: JSON.stringify(preloadedTable()) },
};

/**
 * What the content script loads only where it is needed (see modules.ts): ES modules, as
 * import() in a content script takes, and web-accessible, as its imports are fetched for the page.
 */
const moduleOptions: esbuild.BuildOptions = {
  ...options,
  entryPoints: { 'page-ui': 'src/content/page-ui.ts', 'page-engine': 'src/content/page-engine.ts' },
  format: 'esm',
  // Each module is imported just as its code is about to run, so every function in it is
  // compiled at once, by V8's compile hints, on the thread that streams it in (Chromium 136 and
  // later): not one by one on the page's main thread as each is first called.
  banner: { js: '//# allFunctionsCalledOnLoad' },
};

/** The UI frames' pages: an empty document that loads its bundle and names itself once linked. */
const FRAME_PAGES = ['card', 'sidebar'];
const framePage = (name: string): string =>
  `<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>Siyaq</title></head>\n<body><div id="app"></div><script src="${name}.js"></script></body>\n</html>\n`;

/** Copies the fresh bundle, static files, data and a per-browser manifest into dist/<browser>. */
function assemble(data: CompiledData): void {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const out = join(dist, browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(root, 'extension'), out, { recursive: true });
    cpSync(join(bundleDir, browser), out, { recursive: true });
    for (const name of FRAME_PAGES) writeFileSync(join(out, `${name}.html`), framePage(name));
    for (const [name, text] of Object.entries(data.files)) {
      mkdirSync(join(out, 'data'), { recursive: true });
      writeFileSync(join(out, 'data', name), text);
    }
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(source, browser, pkg.version), null, 2) + '\n');
  }
  writeFileSync(stamp, new Date().toISOString() + '\n');
  for (const line of data.report) console.log(line);
}

function report(result: esbuild.BuildResult): void {
  for (const [file, out] of Object.entries(result.metafile?.outputs ?? {})) {
    // The browsers' bundles differ in one constant: Chromium's sizes stand for both.
    const name = /\.bundle\/chromium\/(.+\.js)$/.exec(file)?.[1];
    if (name) console.log(`${name}: ${(out.bytes / 1024).toFixed(1)} KiB`);
  }
}

async function main(): Promise<void> {
  if (args.has('--if-stale') && !isStale(stamp, inputs)) return;
  rmSync(bundleDir, { recursive: true, force: true });
  // A hash of every source the library's indexer is bundled from, the catalogue among them: a
  // reader's saved articles are indexed again when it changes (see indexRules). Worked out here,
  // after the staleness check, since it takes esbuild a bundle of its own.
  const indexSources = digest(JSON.stringify(bundle('src/library/indexer.ts').sources));
  // One bundle per browser: they differ only in how the marks' highlight rules are written
  // (SIYAQ_HIGHLIGHTS_INHERIT, see highlightCss in src/content/marks.ts).
  const builds = BROWSERS.flatMap((browser) =>
    [options, moduleOptions].map((o) => ({
      ...o,
      outdir: join(bundleDir, browser),
      define: { ...o.define, SIYAQ_INDEX_SOURCES: JSON.stringify(indexSources), SIYAQ_HIGHLIGHTS_INHERIT: String(browser === 'chromium') },
    })),
  );
  if (!watch) {
    // Data first: a bad seed or catalogue should be reported as such, not as a bundling error.
    const data = await compileData(root);
    for (const result of await Promise.all(builds.map((o) => esbuild.build(o)))) report(result);
    assemble(data);
    console.log('built dist/chromium and dist/firefox');
    return;
  }
  const assembleOnEnd: esbuild.Plugin = {
    name: 'assemble',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        try {
          assemble(await compileData(root));
          console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/chromium and dist/firefox`);
        } catch (err) {
          console.error(`build failed: ${(err as Error).message}`);
        }
      });
    },
  };
  // Each build assembles when it ends: a change may reach only one of them.
  for (const o of builds) await (await esbuild.context({ ...o, plugins: [assembleOnEnd] })).watch();
  console.log('watching src/ for changes (Ctrl-C to stop)');
}

main().catch((err: Error) => {
  // esbuild has already printed its own diagnostics; ours (bad seed or catalogue) need printing.
  if (!('errors' in err)) console.error(`build failed: ${err.message}`);
  process.exit(1);
});
