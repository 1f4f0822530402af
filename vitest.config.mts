import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const usesPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./', import.meta.url)),
      // `server-only` throws outside React Server Components; tests are server code.
      'server-only': fileURLToPath(new URL('./tests/support/server-only.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each PGlite instance is a WASM Postgres: two at a time suit a 2-core machine.
    maxWorkers: usesPostgres ? 4 : 2,
  },
});
