// ESLint flat config: typescript-eslint's type-aware rules for the cores, React hooks and
// jsx-a11y for the islands, eslint-plugin-astro for the pages. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'tools/node/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.name="console"][callee.property.name="log"]',
          message: 'Write to process.stdout in the CLI, or remove the debugging line.',
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Benchmarks report to the terminal.
    files: ['bench/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The pure cores: no DOM framework, no reaching up into the layers that use them.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/components/**', '**/stores/**', '**/pages/**', '**/integrations/**'],
              message:
                'src/lib is the pure core: it must not import from cli, components, stores, pages or integrations.',
            },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/lib has no UI framework imports.',
            },
            { group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib has no astro imports.' },
          ],
        },
      ],
    },
  },
);
