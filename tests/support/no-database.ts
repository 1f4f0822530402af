import { vi } from 'vitest';

// The pure project's guard (tests/support/database-tests.ts): its files were judged unable to reach a
// database, so opening one means the judgement is wrong and the PostgreSQL run would skip a real test.
vi.mock('@/db/client', () => {
  throw new Error(
    'This test file reaches db/client.ts, but tests/support/database-tests.ts did not see how (an import it cannot read?): the PostgreSQL run would skip it. Import the database through a path it follows.',
  );
});
