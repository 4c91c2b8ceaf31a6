import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The walls of the house. Data flows one way:
//   data → storage → workers → queries → state → ui / charts → features → app → main.tsx
// A room may import from the rooms before it, never from a room after it; features never
// import each other. Each entry: the room, and the rooms it must not import from.
const ROOMS = ['data', 'storage', 'workers', 'queries', 'state', 'ui', 'charts', 'features', 'app'];
const LATER = {
  data: ROOMS.slice(1),
  storage: ROOMS.slice(2),
  workers: ROOMS.slice(3),
  queries: ROOMS.slice(4),
  state: ROOMS.slice(5),
  ui: ['charts', 'features', 'app'],
  charts: ['queries', 'storage', 'workers', 'state', 'features', 'app'],
  features: ['app'],
  app: [],
};
// Every folder of src/features is a feature, walled from the others.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const wallZones = [
  ...Object.entries(LATER).flatMap(([room, later]) =>
    later.map((from) => ({
      target: `./src/${room}`,
      from: `./src/${from}`,
      message: `src/${room} is upstream of src/${from}: data flows ${ROOMS.join(' → ')}.`,
    })),
  ),
  {
    target: ROOMS.map((room) => `./src/${room}`),
    from: './src/testing',
    message: 'src/testing is synthetic data for tests and benchmarks: the app never ships it.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: share through src/ui, src/charts or src/data.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-single/**',
      'node_modules/**',
      'datasets/**',
      'coverage/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No HTML injection: render data as text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'No HTML injection: render data as text.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: wallZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
