// Layering rules of STYLE.md §1 and §6, enforced as part of `npm test`.
import tseslint from 'typescript-eslint';

const frameworkImports = ['botbuilder', 'botbuilder-*', '@azure/*', 'restify', 'restify-*'];
const ioImports = ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:child_process', 'node:http', 'node:net'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'test-artifacts/**', '.playground/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'process.env is read only in bot/config.ts (STYLE.md §6).',
        },
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[importKind!='type']",
          message: "import * as z from 'zod': esbuild then bundles only the parts of zod in use (scripts/lib/bundle.js).",
        },
      ],
    },
  },
  {
    // The CLI shell and the composition root may read configuration; everything else gets it passed in.
    files: ['bot/config.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'rules/cli/io.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['rules/**/*.ts'],
    ignores: ['rules/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: frameworkImports, message: 'rules/ is pure: no Bot Framework, Azure or restify (STYLE.md §1).' },
            { group: ioImports, message: 'rules/ is pure: no I/O (STYLE.md §1).' },
            {
              // Outside its own folder rules/ uses four pure libraries: zod (schemas), minisearch (the advisor's
              // in-memory index), intl-messageformat (the ICU message catalog, rules/i18n) and @orama/stemmers/dutch
              // and /english (the Snowball stemmers of the advisor and the intent matcher: one function each, no
              // imports, no I/O). None does I/O or reads
              // a clock, so the engine stays data in, data out; anything else needs the same argument first.
              regex: '^(?!(zod|minisearch|intl-messageformat|@orama/stemmers/(dutch|english))$)[^.]',
              message:
                'rules/ is pure: outside the folder it imports only zod, minisearch, intl-messageformat and @orama/stemmers/dutch and /english (STYLE.md §1).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['cards/**/*.ts', 'storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/dialogs/*', '**/bot/*'], message: 'cards/ and storage/ do not import dialogs/ or bot/ (STYLE.md §1).' }],
        },
      ],
    },
  },
  {
    files: ['cards/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder', 'botbuilder-*', '**/dialogs/*', '**/bot/*', '**/storage/*'],
              message: 'cards/ are templates + data models only (STYLE.md §1, §5).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['dialogs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bot/*', '**/storage/tables/*', '**/storage/memory/*', '@azure/*'],
              message: 'dialogs/ use storage ports only, never an implementation (STYLE.md §1).',
            },
            // botbuilder-js is archived: its imports stay in bot/, so moving to the Agents SDK is an adapter swap there.
            {
              group: ['botbuilder', 'botbuilder-*'],
              message: 'dialogs/ see the turn (dialogs/router/turn.ts), never botbuilder: its imports stay in bot/.',
            },
          ],
        },
      ],
    },
  },
);
