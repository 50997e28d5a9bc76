import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Outside src/core the core is reached only through its index (docs/architecture.md, idea 1):
 * what the index does not export is internal and may change without notice.
 */
const coreInternals = (core) => ({
  group: [`**/${core}/*`, `**/${core}/**`, `!**/${core}/index.ts`],
  message: 'Import the core through src/core/index.ts only (docs/architecture.md).',
});

/**
 * A layer's import wall: no import of the named layers, and the core only through its index.
 */
function wall(files, forbidden, name, core = 'core') {
  const patterns = [coreInternals(core)];
  if (forbidden.length > 0) {
    patterns.unshift({
      group: forbidden.map((layer) => `**/${layer}/**`),
      message: `${name} must not import ${forbidden.join(', ')} (docs/architecture.md).`,
    });
  }
  return [{ files: [files], rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default tseslint.config(
  { ignores: ['.scratch', 'dist', 'dist-bench', 'node_modules', 'coverage', 'geo/*.mjs.out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The wall around the pure core: nothing UI, DOM or I/O may be imported there.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/core is pure: no React.' },
            {
              group: ['leaflet', 'react-leaflet', 'd3-selection', '@observablehq/plot'],
              message: 'src/core is pure: no UI libraries.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/core is pure: no store.' },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/core runs in the browser too: no Node APIs.',
            },
            {
              group: ['**/views/**', '**/state/**', '**/worker/**', '**/cli/**'],
              message: 'src/core must not depend on outer layers.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage'],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator in core/stats/random.ts.',
        },
        { object: 'Date', property: 'now', message: 'The core is deterministic: pass time in.' },
      ],
    },
  },
  // Walls between the layers (docs/architecture.md, "Layers"). One object per layer, because a
  // later no-restricted-imports replaces an earlier one for the same file.
  ...wall('src/data/**/*.{ts,tsx}', ['state', 'views', 'worker', 'cli'], 'data'),
  ...wall('src/worker/**/*.{ts,tsx}', ['state', 'views', 'cli'], 'worker'),
  ...wall('src/state/**/*.{ts,tsx}', ['views', 'cli'], 'state'),
  // The CLI reads project files with the app's own reader (src/cli/project.ts), which still
  // lives in state/persistence: the wall admits state until that reader moves to data/.
  ...wall('src/cli/**/*.{ts,tsx}', ['views'], 'cli'),
  ...wall('src/views/**/*.{ts,tsx}', ['cli'], 'views'),
  ...wall('src/*.{ts,tsx}', ['cli'], 'the app shell'),
  ...wall('src/i18n/**/*.{ts,tsx}', ['state', 'views', 'worker', 'cli'], 'i18n'),
  // Tests of the core's internals import them directly; every other test and the benchmarks
  // use the public API, as the app does.
  ...wall('test/!(core)/**/*.{ts,tsx}', [], 'tests', 'src/core'),
  ...wall('test/*.{ts,tsx}', [], 'tests', 'src/core'),
  ...wall('bench/**/*.{ts,tsx}', [], 'benchmarks', 'src/core'),
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    // CommonJS scripts (the CLI's launcher, scripts/atlas.cjs).
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
