import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { createRequire } from 'node:module';

// eslint-plugin-react-hooks is a dependency of apps/web only (pnpm does not hoist it to the root).
const webRequire = createRequire(new URL('./apps/web/package.json', import.meta.url));
const reactHooks = webRequire('eslint-plugin-react-hooks');

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', 'data/**', 'artifacts/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Nest DI reads constructor parameter types at run time (emitDecoratorMetadata): a type-only
    // import would erase the class and break injection, so the rule cannot apply to the API.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    // Tests and test helpers may read fixtures from disk; the domain code itself may not.
    ignores: ['packages/domain/src/**/*.test.ts', 'packages/domain/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'react', 'react-dom', 'socket.io*', 'pg', 'node:*'],
              message: 'packages/domain stays framework-free and I/O-free.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass time in; never read the clock in the domain.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass time in; never read the clock in the domain.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The domain is deterministic.' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    // Journeys and configs run in Node, not in the browser.
    files: ['apps/web/e2e/**/*.ts', 'apps/web/*.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Features stay independent: they meet only in src/app (routes compose them).
    files: ['apps/web/src/features/*/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // From features/<a>/<kind>/file: '../../<b>/…' is another feature; '../../../…' is shared.
              group: ['../../*/**', '!../../../**'],
              message:
                'Import another feature only from src/app; share code through components, lib or types.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
