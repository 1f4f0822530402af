import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAdminData, readAdminData, selectProvinces } from '@/db/admin-import';
import { searchCommunes } from '@/db/queries/communes';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await importAdminData(database.db, selectProvinces(readAdminData(), ['70', '75'], ['75']));
});
afterAll(() => database.dispose());

describe('searchCommunes (the picker)', () => {
  it('finds communes of both trees without accents, with their parent', async () => {
    const rows = await searchCommunes(database.db, { q: 'phu nghia', limit: 10 });
    expect(rows.map((r) => `${r.tree}:${r.code}:${r.parentName}`).sort()).toEqual(['2024:25267:Huyện Bù Gia Mập', '2025:25267:Tỉnh Đồng Nai']);
  });

  it('treats đ as d', async () => {
    const rows = await searchCommunes(database.db, { q: 'dak o', limit: 10 });
    expect(rows.some((r) => r.fullName === 'Xã Đak Ơ')).toBe(true);
  });

  it('returns nothing for a query too short or made of symbols', async () => {
    expect(await searchCommunes(database.db, { q: 'a', limit: 10 })).toEqual([]);
    expect(await searchCommunes(database.db, { q: '%_%', limit: 10 })).toEqual([]);
  });
});
