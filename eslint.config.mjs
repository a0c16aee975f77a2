// One lint config for the whole workspace. Nx module boundaries keep engine/ pure:
// engine depends on nothing in the repo; api and editor may import engine, never each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import { noImportCycle } from './eslint-rules/no-import-cycle.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '**/.nx/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    // CommonJS files (a --require preload): require is how they import, and Node's module globals exist.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:engine', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:engine'] },
            { sourceTag: 'scope:editor', onlyDependOnLibsWithTags: ['scope:engine'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:engine', 'scope:api', 'scope:editor'],
            },
          ],
        },
      ],
    },
  },
  {
    // No module of a package may import its way back to itself (eslint-rules/no-import-cycle.mjs says why).
    files: ['engine/src/**/*.ts', 'api/src/**/*.ts', 'api/test/**/*.ts', 'editor/src/**/*.{ts,tsx}'],
    plugins: { frontstage: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'frontstage/no-import-cycle': 'error' },
  },
  {
    // The editor's folders point one way: designer/ edits blueprints on the read-only canvas/ that
    // console and audit show too; only app/, which hosts the designer, may import it.
    files: ['editor/src/**/*.{ts,tsx}'],
    ignores: ['editor/src/designer/**', 'editor/src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/designer', '**/designer/**'], message: 'Only app/ may import designer/.' },
          ],
        },
      ],
    },
  },
  {
    // The engine has no I/O and no clock: time is an argument, files are the CLI's business.
    files: ['engine/src/**/*.ts'],
    ignores: [
      'engine/src/cli.ts',
      'engine/src/cli/**',
      'engine/src/**/*.test.ts',
      'engine/src/test-support/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'react', '@nestjs/*', 'typeorm'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The engine has no clock: pass `now` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The engine has no clock: pass `now` in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The engine is deterministic.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'Rules are user input: never compile them with new Function.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'Rules are user input: never eval.' },
      ],
    },
  },
);
