import { defineConfig } from 'drizzle-kit';

// Used only by `drizzle-kit generate`; migrations are applied by scripts/migrate.ts
// so that PGlite gets its extensions loaded first (see STACK.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
