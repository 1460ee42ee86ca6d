// Lint rules that keep the engine pure and the app free of eval.
// The engine must give identical results in Node and every browser: no clock, no
// Math.random, no transcendental float math, no DOM, no storage, no rendering libs.
import tseslint from 'typescript-eslint';

const engineGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'performance', 'navigator', 'fetch', 'setTimeout', 'setInterval', 'Date', 'crypto', 'process'].map(
  (name) => ({ name, message: 'src/engine is pure and deterministic: no clock, I/O, DOM or storage.' }),
);
const mathBanned = ['random', 'exp', 'pow', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'sqrt', 'cbrt', 'atan', 'atan2', 'hypot', 'expm1', 'log1p'].map((p) => ({
  object: 'Math',
  property: p,
  message: `Math.${p} may differ between engines or is random; engine math is integer/rational (see src/engine/README.md).`,
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'test/.server-bundle/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...engineGlobals],
      'no-restricted-properties': ['error', ...mathBanned],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*', 'lit', 'lit/*', '@lit/*'], message: 'the engine never renders' },
            { group: ['node:*', 'fs', 'path', 'os', 'worker_threads'], message: 'the engine does no I/O' },
            { group: ['../ui/*', '../cli/*', '../bots/*', '../save/*'], message: 'the engine imports nothing above it' },
          ],
        },
      ],
    },
  },
  {
    // The coach: the same advice for the same view, in any browser; it never renders or does I/O.
    files: ['src/coach/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...engineGlobals],
      'no-restricted-properties': ['error', ...mathBanned],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*', 'lit', 'lit/*', '@lit/*'], message: 'the coach never renders' },
            { group: ['node:*', 'fs', 'path', 'os', 'worker_threads'], message: 'the coach does no I/O' },
            { group: ['../ui/*', '../cli/*', '../save/*', '../i18n/*', '../debrief/*'], message: 'the coach imports the engine, the bots and the scenario types only' },
          ],
        },
      ],
    },
  },
  {
    // The workshop server: the engine, scenarios and saves; never the UI.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../ui/*', 'phaser', 'phaser/*', 'lit', 'lit/*', '@lit/*'], message: 'the workshop server never imports the UI' }] }],
    },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
