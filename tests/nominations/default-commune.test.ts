import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { adminUnitMappings, units } from '@/db/schema';
import { defaultCommuneFor, treeInForce } from '@/lib/nominations/default-commune';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { stringMatching } from '../support/matchers';

let database: TestDatabase;
let phuNghia: number;
let newPhuNghia: string;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const [unit] = await database.db.select({ id: units.id, tree: units.adminUnitTree }).from(units).where(eq(units.name, 'UBND xã Phú Nghĩa'));
  expect(unit?.tree).toBe('2024');
  phuNghia = unit!.id;
  const links = await database.db.select({ newCode: adminUnitMappings.newCode }).from(adminUnitMappings).where(eq(adminUnitMappings.oldCode, '25267'));
  expect(links).toHaveLength(1);
  newPhuNghia = links[0]!.newCode;
});
afterAll(() => database.dispose());

describe('the commune a new nomination starts with', () => {
  it('is the new-tree commune the unit’s old commune became, from 01/07/2025', async () => {
    const commune = await defaultCommuneFor(database.db, { unitId: phuNghia, today: '2025-07-01' });
    expect(commune).toEqual({ tree: '2025', code: newPhuNghia, label: stringMatching(/Phú Nghĩa/) });
    expect(await defaultCommuneFor(database.db, { unitId: phuNghia, today: '2026-12-03' })).toEqual(commune);
  });

  it('is the old-tree commune before 01/07/2025', async () => {
    expect(await defaultCommuneFor(database.db, { unitId: phuNghia, today: '2025-06-30' })).toEqual({
      tree: '2024',
      code: '25267',
      label: stringMatching(/Phú Nghĩa/),
    });
  });

  it('is none for a unit above the commune level', async () => {
    const [district] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
    expect(await defaultCommuneFor(database.db, { unitId: district!.id, today: '2026-01-01' })).toBeNull();
  });

  it('follows the day the new tree took effect', () => {
    expect(treeInForce('2025-06-30')).toBe('2024');
    expect(treeInForce('2025-07-01')).toBe('2025');
  });
});
