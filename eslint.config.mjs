// ESLint 9 flat config: Next's rules (React, hooks, accessibility, core web vitals), typescript-eslint's
// type-aware rules where they catch real bugs, and the folder import directions of docs/architecture.md.
// `npm run lint` caches each file's result by its content (node_modules/.cache/eslint): a type changed in one
// file does not re-lint the unchanged files that use it. Delete the cache when in doubt; CI starts without one.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'bench/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**'] },
  // A disable comment that no longer suppresses anything fails the lint, so none outlives its reason.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ...nextVitals,
  ...nextTs,
  {
    // Every TypeScript file, app code as much as tests/, e2e/ and scripts/ (all in tsconfig.json's project).
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // The folder graph runs one way (docs/architecture.md): app → components, lib → db → lib/domain.
  {
    files: ['app/**', 'components/**', 'lib/**', 'db/**'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib/domain',
              from: ['./app', './components', './db', './lib'],
              except: ['./domain'],
              message: 'lib/domain is the leaf: it imports nothing from the project.',
            },
            { target: './db', from: ['./app', './components', './lib'], except: ['./domain'], message: 'db/ may import only lib/domain.' },
            { target: './lib', from: ['./app', './components'], message: 'lib/ never imports routes or UI.' },
            { target: './components', from: ['./app'], message: 'components/ never imports routes.' },
          ],
        },
      ],
    },
  },
  // All SQL lives in db/: outside it, only the better-auth adapter wiring touches the schema.
  {
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/auth/auth.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', '@/db/schema', '@/db/schema/*'], message: 'Write the query in db/queries and call it.' }] },
      ],
    },
  },
);
