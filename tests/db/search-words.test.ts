import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { listPublishedExamples } from '@/db/queries/examples';
import { nominations } from '@/db/schema';
import { buildSearchDocument } from '@/lib/domain/search-document';
import { parseExampleFilters } from '@/lib/domain/example-filters';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

// Published examples written for these tests, next to the demo data (which has "năm" and "Nam" aplenty).
const EXAMPLES = {
  shelterTitle: { title: 'Mái ấm cho hộ nghèo ở bản Khuổi Nặm', story: 'Bà con góp công dựng nhà.', approvedAt: '2024-01-01' },
  shelterStory: { title: 'Tổ tự quản bản Pác Bó', story: 'Cả bản cùng dựng mái ấm cho người già neo đơn.', approvedAt: '2025-06-01' },
  plainAscii: { title: 'Nha van hoa thon Lung Vai', story: 'Mai am cho tre em, nuoc-sach va 1.234 ho.', approvedAt: '2023-01-01' },
  namOnly: { title: 'Năm năm giữ rừng ở Quảng Nam', story: 'Nậm Nhùn, Nam Định, năm nay.', approvedAt: '2025-07-01' },
} as const;
type Key = keyof typeof EXAMPLES;
const slugOf = (key: Key) => `search-words-${key.toLowerCase()}`;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [template] = await database.db.select().from(nominations).where(eq(nominations.status, 'approved')).limit(1);
  // The generated columns cannot be written; the rest of a real published row keeps every constraint happy.
  const { id: _id, titleFolded: _t, searchWords: _w, ...row } = template!;
  for (const [key, e] of Object.entries(EXAMPLES) as [Key, (typeof EXAMPLES)[Key]][]) {
    const searchDocument = buildSearchDocument({ ...row, title: e.title, summary: '', story: e.story, placeNames: [], unitName: '' });
    await database.db.insert(nominations).values({
      ...row,
      slug: slugOf(key),
      title: e.title,
      summary: '',
      story: e.story,
      searchDocument,
      clientKey: null,
      approvedAt: new Date(e.approvedAt),
    });
  }
});
afterAll(() => database.dispose());

async function search(q: string) {
  const parsed = parseExampleFilters(new URLSearchParams({ q }));
  if (!parsed.ok) throw new Error(parsed.message);
  const page = await listPublishedExamples(database.db, { filters: parsed.filters, limit: 100 });
  const slugs = page.items.map((i) => i.slug);
  return { page, slugs, has: (key: Key) => slugs.includes(slugOf(key)) };
}

describe('whole-word search', () => {
  it('“am” finds the word “ấm” and no longer “nam” or “năm”', async () => {
    const { page, has } = await search('am');
    expect(page.area.fuzzySearch).toBe(false);
    expect(has('shelterTitle')).toBe(true);
    expect(has('namOnly')).toBe(false);
  });

  it('“nam” still finds the examples that have the word', async () => {
    const { has } = await search('nam');
    expect(has('namOnly')).toBe(true);
    expect(has('shelterTitle')).toBe(true); // "Nặm" folds to "nam"
  });

  it.each(['mai am', 'Mái ấm', 'MÁI ẤM', 'mái Am'])('“%s” finds “Mái ấm …”, accents and case ignored both ways', async (q) => {
    const { has } = await search(q);
    expect(has('shelterTitle')).toBe(true);
    expect(has('shelterStory')).toBe(true);
    // The unaccented document matches an accented query.
    expect(has('plainAscii')).toBe(true);
    expect(has('namOnly')).toBe(false);
  });

  it('every word must be there, not just one of them', async () => {
    const { has } = await search('mái ấm Pác Bó');
    expect(has('shelterStory')).toBe(true);
    expect(has('shelterTitle')).toBe(false);
  });

  it('splits the document where the query splits: hyphens and dotted numbers', async () => {
    expect((await search('sạch')).has('plainAscii')).toBe(true);
    expect((await search('nước sạch')).has('plainAscii')).toBe(true);
    expect((await search('1.234')).has('plainAscii')).toBe(true);
  });

  it.each(['%', '&|!', ':*', "''", '\\', '()', '🐄 — …'])('a query of symbols only (%s) finds nothing', async (q) => {
    const { page } = await search(q);
    expect(page.total).toBe(0);
  });

  it.each([
    [`"mái" & 'ấm'!`, true],
    ['mái:* | (ấm)', true],
    ["mái\\' ấm\\\\", true],
    ['mái & !ấm', true],
    ["'mái ấm'::tsquery", false], // "tsquery" is one more word to find
    ["ma'i' a\\m", false], // the words "ma", "i", "a", "m"
  ])('symbols of the tsquery syntax in “%s” are separators, never syntax', async (q, found) => {
    const { has } = await search(q);
    expect(has('shelterTitle')).toBe(found);
  });

  it('falls back to typo tolerance only when no example has every word', async () => {
    const exact = await search('khuoi');
    expect(exact.page.area.fuzzySearch).toBe(false);
    const typo = await search('khuooi nam');
    expect(typo.page.area.fuzzySearch).toBe(true);
    expect(typo.has('shelterTitle')).toBe(true);
    // Short words stay whole words even then: "am" is not a typo for "nam".
    const short = await search('khuooi am');
    expect(short.has('shelterTitle')).toBe(true);
    expect(short.has('namOnly')).toBe(false);
  });

  it('ranks a title match before a newer example that has the words only in its story', async () => {
    const { slugs } = await search('mái ấm');
    const inTitle = slugs.indexOf(slugOf('shelterTitle'));
    const inStory = slugs.indexOf(slugOf('shelterStory'));
    expect(inTitle).toBeGreaterThanOrEqual(0);
    expect(inStory).toBeGreaterThan(inTitle);
  });
});
