import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// Written with the icons by npm run gen:icons (src/cli/webManifest.ts); public/ ships it as is.
const manifest = JSON.parse(readFileSync(new URL('./public/manifest.webmanifest', import.meta.url), 'utf8')) as { theme_color: string };

/** A short digest of every file under public/divisions/. */
function divisionsDigest(): string {
  const dir = new URL('./public/divisions/', import.meta.url);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(new URL(file, dir)));
  return hash.digest('hex').slice(0, 12);
}

export default defineConfig({
  // No svelte.config.js: the defaults suit (Svelte 5 compiles TypeScript itself).
  plugins: [
    svelte({ configFile: false }),
    {
      // The built-in scenarios are written indented for reading and review; the app fetches them
      // without the indentation (the demo: 665 → 360 kB), the same data.
      name: 'compact-scenarios',
      apply: 'build',
      generateBundle(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.json') || file.fileName.endsWith('manifest.json')) continue;
          const text = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = JSON.stringify(JSON.parse(text));
        }
      },
    },
    {
      // The entry loads the app with import() once the worker is started (src/main.ts); the page asks
      // for the app's script and styles at once, beside the entry, so nothing waits for that import.
      name: 'preload-app',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(_html, { bundle }) {
          // The app's group (below) holds src/app.ts with what it imports; the chunk has no facade of its own.
          const app = Object.values(bundle ?? {}).find((f) => f.type === 'chunk' && f.moduleIds.some((id) => id.endsWith('/src/app.ts')));
          if (app?.type !== 'chunk') throw new Error('preload-app: no chunk holds src/app.ts');
          return [
            ...[app.fileName, ...app.imports.filter((f) => bundle?.[f]?.type === 'chunk' && !bundle[f].isEntry)].map((js) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${js}` }, injectTo: 'head' as const })),
            // Preloaded, not linked: a style sheet would hold the entry back until it loaded; the app's
            // import links them (Vite's preload helper) and waits for them before it runs.
            ...[...(app.viteMetadata?.importedCss ?? [])].map((css) => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${css}` }, injectTo: 'head' as const })),
          ];
        },
      },
    },
    {
      name: 'theme-colour',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'theme-color', content: manifest.theme_color }, injectTo: 'head' }],
    },
    VitePWA({
      // Tests import modules, not the built app; the service worker is covered end to end on dist/.
      disable: Boolean(process.env.VITEST),
      // 'prompt': a new version waits until the user chooses to reload (src/ui/update), never mid-edit.
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        // Every built file (page, chunks, the engine worker, the Excel chunk, the built-in scenarios,
        // manifest, icons) is precached, so the app opens and runs with the network off.
        globPatterns: ['**/*.{js,css,html,json,webmanifest,svg,png,webp,wasm}'],
        // 342 city files (12 MB) are too many to fetch for everyone: each is cached when first opened;
        // the division index (20 kB) is precached so the city picker opens offline.
        globIgnores: ['divisions/[0-9][0-9][0-9][0-9].json'],
        // The Excel chunk (exceljs and papaparse) is about 1 MB; the largest file is the plan
        // synthesis solver, highs.wasm (3.5 MB), which must be precached for synthesis to run offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The worker takes charge of the first visit's page once installed, so chunks that page loads
        // later (the Excel code, the analysis tools) come from the cache even if the network has gone.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: /\/divisions\/\d{4}\.json$/,
            handler: 'CacheFirst',
            // Named for the files' contents: regenerated division data goes to a fresh cache, never
            // mixed with city files cached from an older extraction.
            options: { cacheName: `divisions-${divisionsDigest()}`, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
  ],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The page's entry and what it imports (src/ui/early): a few hundred bytes that start the
            // engine worker and the demo's download before the app's code has arrived.
            { name: 'early', tags: ['$initial'], priority: 2 },
            // The library's storage, which the entry opens while the app's code downloads (src/ui/early/earlyStore.ts):
            // its own small file, preloaded with the app's, so the opening does not wait for the app.
            { name: 'store', test: /[\\/]src[\\/](store[\\/](scenarioStore|changes|db|journal|keys|locks|records|storeError|patch)\.ts|ui[\\/]early[\\/]earlyStore\.ts)$|[\\/]node_modules[\\/]idb[\\/]/, priority: 3 },
            // The app (src/app.ts) and everything it imports statically is one file: some thirty small
            // chunks (shared with the lazy views) cost a first visit a round of requests each. The lazy
            // views keep their own chunks and import what they share from this one.
            { name: 'app', test: /[\\/]src[\\/]app\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
  // The engine worker is an ES module (it imports the engine and comlink).
  worker: { format: 'es' },
  optimizeDeps: {
    // The worker's imports are found only when the worker first loads; pre-bundling them up front
    // keeps the dev server from reloading the page mid-run ("optimized dependencies changed").
    include: ['comlink', 'zod', 'd3', 'idb', 'exceljs', 'papaparse'],
  },
  test: {
    // The default reporter prints the summary; the JSON report lets .ci/run print its one-line count.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Fuzz suites and whole-scenario sweeps run thousands of cases beside the e2e project on two
          // cores: a 5 s default fails them for the machine's load, not for a fault.
          testTimeout: 30_000,
          include: ['src/**/*.test.ts', 'workers/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          // Builds dist/, serves it with vite preview and provides its URL to the tests.
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // A cold Chromium start plus a full demo run on a busy 2-core machine.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser at a time is plenty and keeps memory low.
          fileParallelism: false,
        },
      },
    ],
  },
});
