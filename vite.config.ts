import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { bundledScenarios } from './scripts/vite-scenarios.ts';

// The app is a static site: `npm run build` writes dist/, `npm run preview` serves it.
export default defineConfig({
  base: './',
  plugins: [bundledScenarios(join(import.meta.dirname, 'scenarios'))],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the page needs at start in one chunk, in main.ts's import order (zod's
          // CSP-safe switch first). Without it, code the app shares with a lazy chunk (the
          // coach shares the engine) goes to common chunks that run before main.ts, so zod
          // would build schemas before the switch (and three chunks compress worse than one).
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Both languages' catalogues, as in Node (the browser loads one at a time).
    setupFiles: ['test/setup-i18n.ts'],
    testTimeout: 60_000,
  },
});
