import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { isDatabaseEmpty, seedDemo } from '@/db/seed';
import { DEMO_PASSWORD } from '@/db/seed/demo-units';
import { accounts, attachments, nominationEvents, nominations, users } from '@/db/schema';
import { NOMINATION_STATUSES } from '@/lib/domain/vocabulary';
import { createDiskStorage } from '@/lib/uploads/storage';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const uploadDir = mkdtempSync(join(tmpdir(), 'guongsang-uploads-'));

beforeAll(async () => {
  database = await createTestDatabase();
  expect(await isDatabaseEmpty(database.db)).toBe(true);
  await seedDemo(database.db, createDiskStorage(uploadDir));
});
afterAll(() => database.dispose());

describe('demo seed', () => {
  it('covers every state, the 8 Bù Gia Mập communes and the years of both campaigns, mostly approved', async () => {
    const rows = await database.db
      .select({ status: nominations.status, commune: nominations.communeCode, year: nominations.year, district: nominations.districtCode })
      .from(nominations);
    expect(rows.length).toBeGreaterThanOrEqual(16);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(NOMINATION_STATUSES));
    expect(new Set(rows.map((r) => r.commune))).toEqual(new Set(['25222', '25225', '25228', '25229', '25231', '25232', '25234', '25267']));
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025, 2026]));
    expect(rows.filter((r) => r.status === 'approved').length).toBeGreaterThan(rows.length / 2);
    expect(rows.every((r) => r.district === '691')).toBe(true);
    expect(await isDatabaseEmpty(database.db)).toBe(false);
  });

  it('records every state change as an event that ends in the current state', async () => {
    const rows = await database.db.select({ id: nominations.id, status: nominations.status }).from(nominations);
    for (const row of rows) {
      const events = await database.db
        .select({ to: nominationEvents.toStatus })
        .from(nominationEvents)
        .where(eq(nominationEvents.nominationId, row.id))
        .orderBy(nominationEvents.createdAt);
      expect(events.at(-1)?.to ?? 'draft').toBe(row.status);
    }
  });

  it('creates the seven demo accounts with argon2id hashes of the demo password', async () => {
    const rows = await database.db
      .select({ email: users.email, role: users.role, hash: accounts.password })
      .from(users)
      .innerJoin(accounts, eq(accounts.userId, users.id));
    expect(rows.map((r) => `${r.email}:${r.role}`).sort()).toEqual([
      'admin@guongsang.test:admin',
      'hoinongdan@guongsang.test:unit_member',
      'phunghia@guongsang.test:unit_member',
      'thamdinh.dongxoai@guongsang.test:reviewer',
      'thamdinh.tinh@guongsang.test:reviewer',
      'thamdinh.xa@guongsang.test:reviewer',
      'thamdinh@guongsang.test:reviewer',
    ]);
    for (const row of rows) {
      expect(row.hash).toMatch(/^\$argon2id\$/);
      expect(await verify(row.hash!, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('stores the demo photos on disk under random keys', async () => {
    const photos = await database.db.select({ key: attachments.storageKey, thumb: attachments.thumbnailKey }).from(attachments);
    expect(photos.length).toBeGreaterThan(10);
    const storage = createDiskStorage(uploadDir);
    for (const photo of photos.slice(0, 3)) {
      const bytes = await storage.get(photo.key);
      expect(bytes?.subarray(8, 12).toString('ascii')).toBe('WEBP');
      expect(await storage.get(photo.thumb!)).not.toBeNull();
    }
    expect(readdirSync(uploadDir).length).toBeGreaterThan(0);
  });

  it('stores NFC text and a folded search document', async () => {
    const rows = await database.db.select({ title: nominations.title, doc: nominations.searchDocument }).from(nominations);
    for (const row of rows) {
      expect(row.title).toBe(row.title.normalize('NFC'));
      // Old-tree records name Bù Gia Mập district, new-tree ones the new province.
      expect(row.doc).toMatch(/bu gia map|dong nai/);
      expect(row.doc).not.toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
    }
  });
});
