import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createPublicDataLoader } from '@/lib/cache/public-data-cache';
import { listLatestExamples } from '@/db/queries/examples';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { readPublicDataVersion } from '@/db/queries/public-data';
import { campaigns, nominations, units, users } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { MemoCache } from '@/lib/cache/memo-cache';
import { recordCommendation } from '@/lib/review/commendations';
import { decide, setPublished } from '@/lib/review/decisions';
import { createDiskStorage } from '@/lib/uploads/storage';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE } from '../support/accounts';
import { decideWithoutNotice, demoCampaignId, DISTRICT_LEVEL } from '../support/review-setup';
import type { NominationStatus } from '@/lib/domain/vocabulary';

let database: TestDatabase;
const storage = createDiskStorage(mkdtempSync(join(tmpdir(), 'guongsang-cache-')));
let reviewer: SessionUser;
let admin: SessionUser;

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).where(eq(users.email, email));
  const scope = u!.scopeTree ? { tree: u!.scopeTree as '2024', code: u!.scopeCode! } : null;
  return { id: u!.id, name: u!.name, email, role: u!.role, unitId: u!.unitId, unitName: null, scope };
}

async function nomination(status: NominationStatus) {
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  return insertNomination(database.db, {
    campaignId: await demoCampaignId(database.db),
    year: 2024,
    communeTree: '2024',
    communeCode: '25267',
    unitId: unit!.id,
    nomineeKind: 'model',
    field: 'credit',
    title: `Quỹ tín dụng xoay vòng ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Chi hội phụ nữ thôn 5',
    status,
    reviewLevel: status === 'submitted' ? DISTRICT_LEVEL : null,
    submittedAt: status === 'draft' ? null : new Date(),
  });
}

const COMMENDATION = { form: 'Giấy khen', issuer: 'UBND huyện Bù Gia Mập', decisionNumber: '88/QĐ-UBND', decisionDate: '2024-12-20' };
const version = () => readPublicDataVersion(database.db);

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  await decideWithoutNotice(database.db);
  reviewer = await person(PEOPLE.reviewerIn);
  admin = await person(PEOPLE.admin);
});
afterAll(() => database.dispose());

describe('the public data version', () => {
  it('does not move for work the public cannot see', async () => {
    const before = await version();
    const draft = await nomination('draft');
    await database.db.update(nominations).set({ story: 'Câu chuyện sửa lại' }).where(eq(nominations.id, draft.id));
    await nomination('submitted');
    expect(await version()).toBe(before);
  });

  it('moves on approval, unpublishing, republishing and a commendation', async () => {
    const n = await nomination('submitted');
    let last = await version();
    const moved = async () => {
      const now = await version();
      const changed = now > last;
      last = now;
      return changed;
    };
    expect(await decide(database.db, reviewer, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({ ok: true });
    expect(await moved()).toBe(true);
    expect(await recordCommendation(database.db, storage, reviewer, { id: n.id, raw: COMMENDATION, scan: null })).toMatchObject({ ok: true });
    expect(await moved()).toBe(true);
    expect(
      await setPublished(database.db, admin, {
        id: n.id,
        action: 'unpublish',
        expectedVersion: 2,
        reason: 'Người được biểu dương xin rút thông tin khỏi trang công khai.',
      }),
    ).toMatchObject({ ok: true });
    expect(await moved()).toBe(true);
    expect(
      await setPublished(database.db, admin, { id: n.id, action: 'republish', expectedVersion: 3, reason: 'Đã có xác nhận đồng ý công bố lại của gia đình.' }),
    ).toMatchObject({ ok: true });
    expect(await moved()).toBe(true);
    await database.db.update(campaigns).set({ description: 'Mô tả mới' });
    expect(await moved()).toBe(true);
  });
});

describe('the public data cache', () => {
  it('serves stored data until the public data changes, then reloads', async () => {
    const load = createPublicDataLoader(() => database.db, new MemoCache({ maxEntries: 10, maxAgeMs: 60_000 }));
    let loads = 0;
    const latest = () =>
      load('latest', async (db) => {
        loads++;
        return (await listLatestExamples(db, { limit: 50 })).map((e) => e.slug);
      });
    const first = await latest();
    await latest();
    expect(loads).toBe(1);

    const n = await nomination('submitted');
    expect(await latest()).toEqual(first);
    expect(loads).toBe(1);

    expect(await decide(database.db, reviewer, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({ ok: true });
    const afterApproval = await latest();
    expect(loads).toBe(2);
    expect(afterApproval).toContain(n.slug);

    await database.db.execute(sql`UPDATE nominations SET status = 'unpublished' WHERE id = ${n.id}`);
    expect(await latest()).not.toContain(n.slug);
  });
});
