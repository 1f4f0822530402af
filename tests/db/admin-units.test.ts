import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { importAdminData, readAdminData, selectProvinces } from '@/db/admin-import';
import { listAncestry, listNewCommunesOfOld, listOldCommunesOfNew, resolveCommuneArea } from '@/db/queries/admin-units';
import { adminUnitMappings, adminUnits } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const full = readAdminData();

beforeAll(async () => {
  database = await createTestDatabase();
  await importAdminData(database.db, selectProvinces(full, ['70', '75'], ['75']));
});
afterAll(() => database.dispose());

describe('the shipped national data', () => {
  it('has the official counts of both trees', () => {
    const byLevel = (rows: { level: number }[], level: number) => rows.filter((r) => r.level === level).length;
    expect([byLevel(full.units2024, 1), byLevel(full.units2024, 2), byLevel(full.units2024, 3)]).toEqual([63, 696, 10035]);
    expect([byLevel(full.units2025, 1), byLevel(full.units2025, 2)]).toEqual([34, 3321]);
    expect(full.mappings).toHaveLength(10571);
  });
});

describe('old ↔ new commune lookups (Bù Gia Mập → Đồng Nai, NQ 1662/NQ-UBTVQH15)', () => {
  it('old Phước Minh and Bình Thắng became new Đa Kia', async () => {
    for (const oldCode of ['25232', '25234', '25231']) {
      const news = await listNewCommunesOfOld(database.db, { oldCode });
      expect(news.map((n) => [n.code, n.fullName, n.parentCode])).toEqual([['25231', 'Xã Đa Kia', '75']]);
    }
  });

  it('new Đa Kia is made of old Đa Kia, Phước Minh and Bình Thắng', async () => {
    const olds = await listOldCommunesOfNew(database.db, { newCode: '25231' });
    expect(olds.map((o) => o.fullName)).toEqual(['Xã Đa Kia', 'Xã Phước Minh', 'Xã Bình Thắng']);
    expect(olds.every((o) => o.parentCode === '691')).toBe(true);
  });

  it('new Phú Nghĩa absorbed Đức Hạnh and Phú Văn', async () => {
    const olds = await listOldCommunesOfNew(database.db, { newCode: '25267' });
    expect(olds.map((o) => o.code).sort()).toEqual(['25228', '25229', '25267']);
  });

  it('derives a nomination area in either tree', async () => {
    expect(await resolveCommuneArea(database.db, { tree: '2024', code: '25232' })).toEqual({
      districtCode: '691',
      provinceCodeOld: '70',
      provinceCodeNew: '75',
      currentCommuneCodes: ['25231'],
    });
    expect(await resolveCommuneArea(database.db, { tree: '2025', code: '25231' })).toEqual({
      districtCode: '691',
      provinceCodeOld: '70',
      provinceCodeNew: '75',
      currentCommuneCodes: ['25231'],
    });
  });

  it('keeps codes of both trees apart', async () => {
    const rows = await database.db.select().from(adminUnits).where(eq(adminUnits.code, '75'));
    expect(rows.map((r) => `${r.tree}:${r.fullName}`).sort()).toEqual(['2024:Tỉnh Đồng Nai', '2025:Tỉnh Đồng Nai']);
  });
});

describe('listAncestry', () => {
  it("walks from the unit up to its province, in the unit's own tree", async () => {
    const names = async (tree: '2024' | '2025', code: string) => (await listAncestry(database.db, { tree, code })).map((u) => u.fullName);
    expect(await names('2024', '25232')).toEqual(['Xã Phước Minh', 'Huyện Bù Gia Mập', 'Tỉnh Bình Phước']);
    expect(await names('2024', '691')).toEqual(['Huyện Bù Gia Mập', 'Tỉnh Bình Phước']);
    expect(await names('2025', '25231')).toEqual(['Xã Đa Kia', 'Tỉnh Đồng Nai']);
    expect(await names('2024', '70')).toEqual(['Tỉnh Bình Phước']);
    expect(await listAncestry(database.db, { tree: '2025', code: '99999' })).toEqual([]);
    // The same code in the other tree is another unit: 25231 of 2024 is the old commune Đa Kia.
    expect(await names('2024', '25231')).toEqual(['Xã Đa Kia', 'Huyện Bù Gia Mập', 'Tỉnh Bình Phước']);
  });
});

describe('importAdminData', () => {
  it('changes nothing when a row fails half-way', async () => {
    const [before] = await database.db.select({ n: count() }).from(adminUnits);
    const [mapBefore] = await database.db.select({ n: count() }).from(adminUnitMappings);
    const broken = {
      units2024: [{ code: '99', name: 'Thử', fullName: 'Tỉnh Thử', type: 'tỉnh' as const, level: 1 as const, parentCode: null }],
      units2025: [],
      // A mapping row violating NOT NULL on the second statement: the first insert must roll back.
      mappings: [{ ...full.mappings[0]!, note: null as unknown as string }],
    };
    await expect(importAdminData(database.db, broken)).rejects.toThrow();
    const [after] = await database.db.select({ n: count() }).from(adminUnits);
    const [mapAfter] = await database.db.select({ n: count() }).from(adminUnitMappings);
    expect(after?.n).toBe(before?.n);
    expect(mapAfter?.n).toBe(mapBefore?.n);
  });
});
