import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExamplesPage from '@/app/(public)/examples/page';
import * as listRoute from '@/app/api/v1/examples/route';
import { setDatabase } from '@/db';
import { createSearchGate, SEARCH_BUSY_MESSAGE, SearchBusyError, setSearchGate } from '@/lib/examples/search-gate';
import { createTestDatabase, type TestDatabase } from '../support/database';

// One search at a time and none waiting: while one runs, every other search is refused.
let database: TestDatabase;
const gate = createSearchGate({ concurrent: 1, maxWaiting: 0 });

beforeAll(async () => {
  database = await createTestDatabase();
  setDatabase(database);
  setSearchGate(gate);
});
afterAll(async () => {
  setSearchGate(undefined);
  setDatabase(undefined);
  await database.dispose();
});

/** Holds the gate's only slot until the returned function is called. */
function holdTheSlot(): () => Promise<void> {
  let release!: () => void;
  const held = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
  return async () => {
    release();
    await held;
  };
}

const api = (query: string) => listRoute.GET(new Request(`http://localhost/api/v1/examples${query}`));

describe('searches when too many run at once', () => {
  it('the API answers 503 in Vietnamese with Retry-After, and lists without a search as usual', async () => {
    const release = holdTheSlot();
    try {
      const busy = await api('?q=ho+tro+sinh+ke');
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('5');
      expect(busy.headers.get('cache-control')).toBe('no-store');
      expect(await busy.json()).toEqual({ error: { code: 'busy', message: SEARCH_BUSY_MESSAGE } });
      expect((await api('?year=2024')).status).toBe(200);
    } finally {
      await release();
    }
    const after = await api('?q=ho+tro+sinh+ke');
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ total: 0, totalExact: true });
  });

  it('the list page gives way to the error page (never cached) instead of a half-built page', async () => {
    const release = holdTheSlot();
    try {
      await expect(ExamplesPage({ searchParams: Promise.resolve({ q: 'nuoi bo sinh san' }) })).rejects.toBeInstanceOf(SearchBusyError);
    } finally {
      await release();
    }
    await expect(ExamplesPage({ searchParams: Promise.resolve({ q: 'nuoi bo sinh san' }) })).resolves.toBeTruthy();
  });
});
