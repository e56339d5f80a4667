import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // No svelte.config.js: the defaults suit (Svelte 5 compiles TypeScript itself).
  plugins: [svelte({ configFile: false })],
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
