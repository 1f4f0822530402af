import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabase } from '@/db';
import { listAreaOptions } from '@/db/queries/example-facets';
import { resolveAreaSelection } from '@/db/queries/example-filters';
import { parseExampleFilters } from '@/lib/domain/example-filters';
import { cachedAreaOptions } from '@/lib/examples/area-options';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

describe("the area picker's options, kept per province and district", () => {
  it('are those of each area asked for, whatever was asked before', async () => {
    // Old district, new province, old province, its commune, nothing: twice over, so the second round reads what was kept.
    const queries = ['district=691', 'province=2025:75', 'province=2024:70', 'commune=2024:25231', 'commune=25231', ''];
    for (const query of [...queries, ...queries.reverse()]) {
      const parsed = parseExampleFilters(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(parsed.message);
      const area = await resolveAreaSelection(database.db, parsed.filters);
      expect(await cachedAreaOptions(area), query).toEqual(await listAreaOptions(database.db, area));
    }
  });
});
