import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { splitTestFiles } from './tests/support/database-tests';

const usesPostgres = Boolean(process.env.DATABASE_URL);
const root = fileURLToPath(new URL('./', import.meta.url));
// Read from the test files' imports (tests/support/database-tests.ts), never kept by hand.
const testFiles = splitTestFiles(root);

export default defineConfig({
  resolve: {
    alias: {
      '@/': root,
      // `server-only` throws outside React Server Components; tests are server code.
      'server-only': fileURLToPath(new URL('./tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each PGlite instance is a WASM Postgres: two at a time suit a 2-core machine.
    maxWorkers: usesPostgres ? 4 : 2,
    // Most files seed the demo: its photos are drawn once per machine (db/seed/demo-photos.ts).
    env: { DEMO_PHOTO_CACHE_DIR: `${root}node_modules/.cache/guongsang-demo-photos` },
    // `npm test` runs both. On PostgreSQL, CI runs `--project database` only: the pure tests cannot
    // behave differently there, having no way to the database.
    projects: [
      { extends: true, test: { name: 'database', include: testFiles.database, globalSetup: ['tests/support/global-setup.ts'] } },
      {
        extends: true,
        // A way to the database the import reading missed fails here, instead of skipping PostgreSQL.
        test: { name: 'pure', include: testFiles.pure, setupFiles: ['tests/support/no-database.ts'] },
      },
    ],
  },
});
