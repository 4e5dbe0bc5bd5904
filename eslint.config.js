import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import { createRequire } from 'node:module';
import { API_MODULES } from './scripts/eslint/api-modules.js';
import noModuleCycles from './scripts/eslint/no-module-cycles.js';

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
    // Architecture boundaries (ARCHITECTURE.md), checked on every import and re-export that resolves to a file
    // of the repository. Element types, most specific first: a file belongs to the first pattern it matches.
    files: [
      'apps/*/src/**/*.{ts,tsx}',
      'apps/*/test/**/*.ts',
      'apps/*/e2e/**/*.ts',
      'packages/*/src/**/*.ts',
    ],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: {
          project: ['apps/api/tsconfig.json', 'apps/web/tsconfig.json', 'packages/domain/tsconfig.json'],
          conditionNames: ['@spiegel/source', 'types', 'import', 'default'],
          noWarnOnMultipleProjects: true,
        },
      },
      'boundaries/elements': [
        { type: 'api-common', pattern: 'apps/api/src/common' },
        { type: 'api-realtime', pattern: 'apps/api/src/realtime' },
        { type: 'api-seed', pattern: 'apps/api/src/seed' },
        { type: 'api-module', pattern: 'apps/api/src/modules/*', capture: ['module'] },
        { type: 'api', pattern: 'apps/api' },
        { type: 'web-feature', pattern: 'apps/web/src/features/*', capture: ['feature'] },
        // Browser journeys are a harness around both apps: they may start the API's test helpers.
        { type: 'web-e2e', pattern: 'apps/web/e2e' },
        { type: 'web', pattern: 'apps/web' },
        { type: 'domain', pattern: 'packages/domain' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              // The domain is the bottom layer: pure functions and the wire contract, imported by both apps.
              from: { element: { type: 'domain' } },
              disallow: { to: { element: { types: { anyOf: ['api*', 'web*'] } } } },
              message:
                'packages/domain imports nothing from apps/: the apps depend on the domain, never back.',
            },
            {
              // The web app talks to the API over HTTP and socket.io only; shared shapes live in the domain.
              from: { element: { types: { anyOf: ['web', 'web-feature'] } } },
              disallow: { to: { element: { types: { anyOf: ['api*'] } } } },
              message: 'The web app imports no API code: put a shared wire type in packages/domain.',
            },
            {
              from: { element: { types: { anyOf: ['api*'] } } },
              disallow: { to: { element: { types: { anyOf: ['web*'] } } } },
              message: 'The API imports no web code.',
            },
            {
              // common/ is below every feature module: modules use it, it uses none of them.
              from: { element: { type: 'api-common' } },
              disallow: { to: { element: { type: 'api-module' } } },
              message: 'apps/api/src/common imports no feature module: move the shared piece into common/.',
            },
            {
              // The emitter is below every feature module, like common/: services reach sockets through it.
              from: { element: { type: 'api-realtime' } },
              disallow: { to: { element: { type: 'api-module' } } },
              message:
                'apps/api/src/realtime imports no feature module: a socket handler belongs in apps/api/src/gateway.',
            },
            {
              // The chat core's layers (ARCHITECTURE.md, "The chat core"): rooms below contributions below
              // moderation; privacy and members on top. An arrow back would be a cycle.
              from: { element: { type: 'api-module', captured: { module: 'rooms' } } },
              disallow: {
                to: {
                  element: {
                    type: 'api-module',
                    captured: { module: '{contributions,moderation,members,privacy}' },
                  },
                },
              },
              message:
                'The rooms module imports none of contributions, moderation, members, privacy: they build on it.',
            },
            {
              from: { element: { type: 'api-module', captured: { module: 'contributions' } } },
              disallow: {
                to: { element: { type: 'api-module', captured: { module: '{moderation,members,privacy}' } } },
              },
              message:
                'The contributions module imports none of moderation, members, privacy: they build on it.',
            },
            {
              // The demo organisation is seeded at start-up (main.ts) and by the CLI, never on a request.
              from: { element: { types: { anyOf: ['api-module', 'api-common'] } } },
              disallow: { to: { element: { type: 'api-seed' } } },
              message: 'Demo data stays out of the request path: no module or common file imports seed/.',
            },
            {
              // Features stay independent: they meet only in src/app (routes compose them).
              from: { element: { type: 'web-feature' } },
              disallow: {
                to: {
                  element: {
                    type: 'web-feature',
                    captured: { feature: '!{{ from.element.captured.feature }}' },
                  },
                },
              },
              message:
                'Import another feature only from src/app; share code through components, lib or packages/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // No import cycles between the API's modules (ARCHITECTURE.md, "The API's modules and their arrows").
    files: ['apps/api/src/**/*.ts'],
    plugins: { spiegel: { rules: { 'no-module-cycles': noModuleCycles } } },
    rules: {
      'spiegel/no-module-cycles': ['error', API_MODULES],
    },
  },
  {
    // Small modules with one job (issue 16): no source file over 400 lines. Data and catalogues are excepted:
    // the lexicons, generated models, translation catalogues, the demo data; and tests.
    files: ['apps/*/src/**/*.{ts,tsx}', 'packages/*/src/**/*.ts'],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/*.spec.ts',
      '**/i18n/**',
      'apps/api/src/seed/**',
      '**/*.generated.ts',
      'packages/domain/src/**/*-lexicon.ts',
      'packages/domain/src/testing/**',
    ],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  prettier,
);
