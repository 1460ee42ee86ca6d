import { defineConfig } from 'vitest/config';

// The app is a static site: `npm run build` writes dist/, `npm run preview` serves it.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and its CSP-safe switch (src/ui/zod-jitless.ts) in one chunk, the switch right
          // after zod: when code the app shares with a lazy chunk (the coach) moves into a
          // common chunk that runs before main.ts, no schema is built before the switch.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]ui[\\/]zod-jitless\.ts$/ }],
        },
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
