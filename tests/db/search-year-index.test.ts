import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { listPublishedExamples } from '@/db/queries/examples';
import { exampleConditions, resolveAreaSelection } from '@/db/queries/example-filters';
import { nominations } from '@/db/schema';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { insertPublished } from '../support/published-example';
import { createTestDatabase, type TestDatabase } from '../support/database';

// A search within a year reads nominations_search_words_year_idx (migration 0029), where the year is one more
// word ("~y2024") of the example's words. Words no demo example holds, spread over three years.
const EXAMPLES = [
  { title: 'Vườn sachi Ri6 ghép cành', year: 2021 },
  { title: 'Tổ hợp tác sachi bản Mới', year: 2022 },
  { title: 'Sachi xen cà phê, ghép cành', year: 2022 },
  { title: 'Hội quán nông dân xem y2022 là năm bản lề', year: 2023 },
];

let database: TestDatabase;
const slugByTitle = new Map<string, string>();

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const e of EXAMPLES) {
    const row = await insertPublished(database.db, { title: e.title, year: e.year });
    slugByTitle.set(e.title, row.slug);
  }
});
afterAll(() => database.dispose());

async function found(filters: ExampleFilters): Promise<string[]> {
  const page = await listPublishedExamples(database.db, { filters, limit: 20 });
  return page.items.map((card) => card.title).sort();
}

describe('a search within a year', () => {
  it('finds the examples holding every word in that year, and only those', async () => {
    expect(await found({ q: 'sachi', year: 2022 })).toEqual(['Sachi xen cà phê, ghép cành', 'Tổ hợp tác sachi bản Mới']);
    expect(await found({ q: 'sachi ghép', year: 2022 })).toEqual(['Sachi xen cà phê, ghép cành']);
    expect(await found({ q: 'sachi ghep', year: 2021 })).toEqual(['Vườn sachi Ri6 ghép cành']);
    expect(await found({ q: 'sachi', year: 2023 })).toEqual([]);
    // The same words in every year: the plain word index, as before.
    expect(await found({ q: 'sachi' })).toHaveLength(3);
  });

  it('keeps the year word out of reach of what a visitor types', async () => {
    // "~y2022" is the year's word in the index; a visitor's "y2022" is a word of the text, found as one.
    expect(await found({ q: 'y2022' })).toEqual(['Hội quán nông dân xem y2022 là năm bản lề']);
    expect(await found({ q: 'y2022', year: 2022 })).toEqual([]);
    expect(await found({ q: '~y2022', year: 2022 })).toEqual([]);
    // Symbols alone search for nothing, within a year as without.
    expect(await found({ q: '~ %', year: 2022 })).toEqual([]);
  });

  it('is answered from the index of words and years', async () => {
    const filters: ExampleFilters = { q: 'sachi', year: 2022 };
    const where = exampleConditions(filters, await resolveAreaSelection(database.db, filters));
    // Enough published rows that reading them all costs more than the word index, as in any real registry.
    const [template] = await database.db
      .select()
      .from(nominations)
      .where(sql`${nominations.slug} = ${slugByTitle.get(EXAMPLES[0]!.title)!}`);
    const { id: _id, titleFolded: _t, searchWords: _w, titleWords: _tw, ...row } = template!;
    for (let batch = 0; batch < 3; batch++) {
      const filler = Array.from({ length: 200 }, (_, i) => ({
        ...row,
        slug: `year-index-filler-${batch}-${i}`,
        title: `Mô hình số ${batch}-${i}`,
        searchDocument: 'mo hinh nuoi bo',
        year: 2022,
        clientKey: null,
      }));
      await database.db.insert(nominations).values(filler);
    }
    await database.db.execute(sql`ANALYZE nominations`);
    const plan = await database.db.transaction(async (tx) => {
      const rows = await tx.execute(sql`EXPLAIN SELECT count(*) FROM (SELECT FROM ${nominations} WHERE ${where} LIMIT 1001) AS capped`);
      return (rows as unknown as { rows?: Record<string, string>[] }).rows ?? (rows as unknown as Record<string, string>[]);
    });
    expect(plan.map((row) => Object.values(row)[0]).join('\n')).toContain('nominations_search_words_year_idx');
  });
});
