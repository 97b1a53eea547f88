import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Stage folders hold pure code: IO reaches them only through the deps object. dependency-cruiser
// (.dependency-cruiser.mjs, part of `npm run lint`) checks the same and the direction of imports.
const pureStages = [
  'src/config/**',
  'src/sandbox/**',
  'src/scan/**',
  'src/collect/**',
  'src/verdict/**',
  'src/report/**',
  'src/setup/**',
];
const ioModules = [
  '@actions/*',
  '@octokit/*',
  'execa',
  'node:fs',
  'node:fs/promises',
  'node:child_process',
  'fs',
  'child_process',
  'node:net',
  'node:http',
  'node:https',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'lib/**',
      '.ncc/**',
      'node_modules/**',
      'coverage/**',
      'test/**/fixtures/**',
      'test/redteam/payloads/**',
      'bench-results/**',
      '.build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        setImmediate: 'readonly',
        structuredClone: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: pureStages,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...ioModules.map((group) => ({
              group: [group],
              message: 'Stages are pure: take IO through the deps object (see STYLE.md).',
            })),
            {
              group: ['**/adapters/**'],
              message: 'Stages never import adapters: take them as ports (src/ports.ts).',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Stages never read the environment; config parses it at the edge.',
        },
      ],
    },
  },
);
