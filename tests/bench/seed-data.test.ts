import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { importAdminData, readAdminData, selectProvinces } from '@/db/admin-import';
import { derivedNominationColumns, insertNomination } from '@/db/queries/nomination-drafts';
import { attachments, nominationEvents, nominations } from '@/db/schema';
import { slugify } from '@/lib/domain/fold';
import { createDiskStorage } from '@/lib/uploads/storage';
import { SeedRefusedError } from '@/scripts/bench/fixtures';
import { seedBenchData } from '@/scripts/bench/seed-data';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

let database: TestDatabase;
const uploadDir = mkdtempSync(join(tmpdir(), 'guongsang-bench-'));
const storage = createDiskStorage(uploadDir);

beforeAll(async () => {
  database = await createTestDatabase();
  // Bình Phước + Đồng Nai → Đồng Nai, Hà Giang + Tuyên Quang → Tuyên Quang: both trees, with merges.
  await importAdminData(database.db, selectProvinces(readAdminData(), ['70', '75', '02', '08'], ['75', '08']));
  await seedBenchData(database, { examples: 200, storage, seed: 11 });
});
afterAll(async () => {
  await database.dispose();
  rmSync(uploadDir, { recursive: true, force: true });
});

const allRows = () => database.db.select().from(nominations);

describe('synthetic load data', () => {
  it('adds the approved examples asked for, 15 % more in other states, all marked synthetic', async () => {
    const rows = await allRows();
    expect(rows.filter((r) => r.status === 'approved')).toHaveLength(200);
    expect(rows).toHaveLength(230);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['approved', 'draft', 'submitted', 'returned', 'rejected']));
    expect(rows.every((r) => r.isSynthetic)).toBe(true);
  });

  it('stores the area columns and search document the app would compute', async () => {
    const rows = await allRows();
    const sample = [...rows.filter((r) => r.communeTree === '2025').slice(0, 10), ...rows.filter((r) => r.communeTree === '2024').slice(0, 20)];
    expect(sample.length).toBeGreaterThan(20);
    for (const row of sample) {
      const expected = await derivedNominationColumns(database.db, row);
      expect({
        districtCode: row.districtCode,
        provinceCodeOld: row.provinceCodeOld,
        provinceCodeNew: row.provinceCodeNew,
        currentCommuneCodes: row.currentCommuneCodes,
        searchDocument: row.searchDocument,
      }).toEqual(expected);
    }
  });

  it('gives every old-tree row the district that is the parent of its commune (plain SQL over all rows)', async () => {
    const wrong = await queryRows<{ n: number }>(
      database,
      `SELECT count(*)::int AS n FROM nominations n JOIN admin_units c ON c.tree = '2024' AND c.code = n.commune_code
       JOIN admin_units d ON d.tree = '2024' AND d.code = c.parent_code
       WHERE n.commune_tree = '2024' AND (n.district_code IS DISTINCT FROM d.code OR n.province_code_old IS DISTINCT FROM d.parent_code)`,
    );
    expect(wrong[0]!.n).toBe(0);
  });

  it('records 2025 communes in the new tree only after 01/07/2025, and everything earlier in the old tree', async () => {
    const rows = await allRows();
    const reform = Date.UTC(2025, 6, 1);
    for (const row of rows) {
      if (row.communeTree === '2025') expect(row.year === 2025 && row.createdAt.getTime() >= reform).toBe(true);
      else expect(row.createdAt.getTime()).toBeLessThan(reform);
    }
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
  });

  it('uses readable, unique slugs built from the title', async () => {
    const rows = await allRows();
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
    for (const row of rows) expect(row.slug).toMatch(new RegExp(`^${slugify(row.title)}(-\\d+)?$`));
  });

  it('writes Vietnamese text in NFC, stories of 500–2 500 characters in paragraphs', async () => {
    for (const row of await allRows()) {
      for (const text of [row.title, row.nomineeName, row.summary, row.story]) expect(text).toBe(text.normalize('NFC'));
      expect(row.story.length).toBeGreaterThanOrEqual(500);
      expect(row.story.length).toBeLessThanOrEqual(2500);
      expect(row.story.split('\n\n').length).toBeGreaterThanOrEqual(2);
      expect(row.summary.length).toBeLessThanOrEqual(500);
      expect(row.story).toMatch(/[ăâđêôơư]/);
    }
  });

  it('gives each submitted example a public photo stored once, and a history that ends in its state', async () => {
    const rows = await database.db.select({ id: nominations.id, status: nominations.status, version: nominations.version }).from(nominations);
    const photos = await database.db.select().from(attachments);
    const events = await database.db.select().from(nominationEvents);
    for (const row of rows) {
      const own = events.filter((e) => e.nominationId === row.id).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      expect(own.at(-1)?.toStatus ?? 'draft').toBe(row.status);
      expect(row.version).toBe(1 + own.length);
      if (row.status !== 'draft') expect(photos.some((p) => p.nominationId === row.id && p.isPublic)).toBe(true);
    }
    const files = new Set(photos.flatMap((p) => [p.storageKey, p.thumbnailKey!]));
    expect(files.size).toBeLessThanOrEqual(12);
    for (const key of files) expect(existsSync(join(uploadDir, key))).toBe(true);
  });

  it('refuses a database holding real nominations unless forced, and --reset keeps the real ones', async () => {
    const oldFiles = (await database.db.select({ key: attachments.storageKey }).from(attachments)).map((a) => a.key);
    const [synthetic] = await database.db.select().from(nominations).limit(1);
    const { id, slug, districtCode, provinceCodeOld, provinceCodeNew, currentCommuneCodes, searchDocument, ...rest } = synthetic!;
    void [id, slug, districtCode, provinceCodeOld, provinceCodeNew, currentCommuneCodes, searchDocument];
    const real = await insertNomination(database.db, { ...rest, isSynthetic: false, title: 'Hồ sơ thật của một đơn vị' });

    await expect(seedBenchData(database, { examples: 5, storage })).rejects.toThrow(SeedRefusedError);
    await expect(seedBenchData(database, { examples: 5, storage })).rejects.toThrow(/hồ sơ thật/);
    expect(await allRows()).toHaveLength(231);

    const forced = await seedBenchData(database, { examples: 5, storage, force: true, reset: true, seed: 11 });
    expect(forced.deleted).toBe(230);
    const rows = await allRows();
    expect(rows.filter((r) => !r.isSynthetic).map((r) => r.id)).toEqual([real.id]);
    expect(rows.filter((r) => r.isSynthetic && r.status === 'approved')).toHaveLength(5);
    // The reset also removed the photo files only the deleted rows used.
    expect(oldFiles.some((key) => existsSync(join(uploadDir, key)))).toBe(false);
    await database.db.delete(nominations).where(eq(nominations.id, real.id));
  });
});
