import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { listPublishedExamples } from '@/db/queries/examples';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { listReviewNotes } from '@/db/queries/review-notes';
import { campaignCriteria, campaigns, commendations, nominations, reviewNotes, units, users } from '@/db/schema';
import { canReadReviewNotes } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { recordCommendation } from '@/lib/review/commendations';
import { decide } from '@/lib/review/decisions';
import { addReviewNote, NOTE_MAX_CHARS } from '@/lib/review/notes';
import { createDiskStorage } from '@/lib/uploads/storage';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { addUser, PEOPLE } from '../support/accounts';

// The review side beyond the decision itself: private notes, commendations, and what an approval
// does to the public search. Nobody reviews their own unit's nomination in any of these ways.
let database: TestDatabase;
const people: Record<string, SessionUser> = {};
const storage = createDiskStorage(mkdtempSync(join(tmpdir(), 'guongsang-review-side-')));
const COMMENDATION = { form: 'Giấy khen', issuer: 'UBND huyện Bù Gia Mập', decisionNumber: '77/QĐ-UBND', decisionDate: '2025-09-02' };

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).leftJoin(units, eq(units.id, users.unitId)).where(eq(users.email, email));
  const scope = u!.users.scopeTree && u!.users.scopeCode ? { tree: u!.users.scopeTree, code: u!.users.scopeCode } : null;
  return { id: u!.users.id, name: u!.users.name, email, role: u!.users.role, unitId: u!.users.unitId, unitName: u!.units?.name ?? null, scope };
}

async function nominationOf(unitName: string, over: Partial<typeof nominations.$inferInsert> = {}) {
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, unitName));
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns);
  const row = await insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2025,
    communeTree: '2024',
    communeCode: '25267',
    unitId: unit!.id,
    nomineeKind: 'collective',
    field: 'production',
    title: `Tổ hợp tác chăn nuôi ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác thôn 3',
    summary: 'Tóm tắt',
    story: 'Câu chuyện',
    status: 'submitted',
    // At the deciding level (huyện), where the demo's district reviewer works.
    reviewLevel: 1,
    submittedAt: new Date(),
    ...over,
  });
  return row;
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  // These decisions are those of a deciding level without public notice or criteria to score (levels,
  // scores and the notice have their own tests, tests/review/levels.test.ts).
  await database.db.update(campaigns).set({ usesPublicNotice: false });
  await database.db.delete(campaignCriteria);
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
  // A second reviewer of the same district who works in the Hội Nông dân: the unit nominating below.
  const [hnd] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'Hội Nông dân huyện Bù Gia Mập'));
  await addUser(database.db, {
    email: 'thamdinh.hnd@guongsang.test',
    name: 'Vũ Thị Hằng',
    role: 'reviewer',
    unitId: hnd!.id,
    scope: { tree: '2024', code: '691' },
  });
  people.reviewerOwnUnit = await person('thamdinh.hnd@guongsang.test');
});
afterAll(() => database.dispose());

describe('private review notes', () => {
  it('a reviewer in scope writes them; they are listed with the author, oldest first', async () => {
    const n = await nominationOf('Hội Nông dân huyện Bù Gia Mập');
    expect(await addReviewNote(database.db, people.reviewerIn!, { id: n.id, body: '  Cần xác minh số hộ thoát nghèo.  ' })).toEqual({ ok: true });
    expect(await addReviewNote(database.db, people.admin!, { id: n.id, body: 'Đã gọi điện cho xã.' })).toEqual({ ok: true });
    const notes = await listReviewNotes(database.db, n.id);
    expect(notes.map((x) => [x.body, x.authorName])).toEqual([
      ['Cần xác minh số hộ thoát nghèo.', people.reviewerIn!.name],
      ['Đã gọi điện cho xã.', people.admin!.name],
    ]);
  });

  it('refuses empty and over-long notes, and everyone outside the review side, writing nothing', async () => {
    const n = await nominationOf('Hội Nông dân huyện Bù Gia Mập');
    expect(await addReviewNote(database.db, people.reviewerIn!, { id: n.id, body: '   ' })).toMatchObject({ ok: false, message: /để trống/ });
    expect(await addReviewNote(database.db, people.reviewerIn!, { id: n.id, body: 'x'.repeat(NOTE_MAX_CHARS + 1) })).toMatchObject({ ok: false });
    for (const who of ['memberA', 'memberB', 'reviewerOut'] as const) {
      expect(await addReviewNote(database.db, people[who]!, { id: n.id, body: 'Ghi chú' })).toMatchObject({ ok: false, message: /Không tìm thấy/ });
    }
    expect(await addReviewNote(database.db, people.reviewerIn!, { id: 'khong-phai-id', body: 'Ghi chú' })).toMatchObject({ ok: false });
    expect(await database.db.select().from(reviewNotes).where(eq(reviewNotes.nominationId, n.id))).toEqual([]);
  });
});

describe('conflict of interest beyond decisions', () => {
  it('a reviewer of the nominating unit neither writes nor reads the notes on its nomination', async () => {
    const n = await nominationOf('Hội Nông dân huyện Bù Gia Mập');
    const facts = (await database.db.select().from(nominations).where(eq(nominations.id, n.id)))[0]!;
    expect(canReadReviewNotes(people.reviewerIn, facts)).toBe(true);
    expect(canReadReviewNotes(people.reviewerOwnUnit, facts)).toBe(false);
    expect(await addReviewNote(database.db, people.reviewerOwnUnit!, { id: n.id, body: 'Hồ sơ của đơn vị tôi rất tốt.' })).toMatchObject({ ok: false });
    expect(await database.db.select().from(reviewNotes).where(eq(reviewNotes.nominationId, n.id))).toEqual([]);
  });

  it('a reviewer of the nominating unit cannot commend its example; a colleague from elsewhere can', async () => {
    const n = await nominationOf('Hội Nông dân huyện Bù Gia Mập');
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1 })).toMatchObject({ ok: true });
    const own = await recordCommendation(database.db, storage, people.reviewerOwnUnit!, { id: n.id, raw: COMMENDATION, scan: null });
    expect(own).toMatchObject({ ok: false, message: /chính đơn vị của bạn/ });
    expect(await database.db.select().from(commendations).where(eq(commendations.nominationId, n.id))).toEqual([]);
    expect(await recordCommendation(database.db, storage, people.reviewerIn!, { id: n.id, raw: COMMENDATION, scan: null })).toMatchObject({ ok: true });
  });
});

describe('what an approval does to the public search', () => {
  it('approved as anonymised, the nominee’s name no longer finds the example (the search document is rebuilt)', async () => {
    const n = await nominationOf('Hội Nông dân huyện Bù Gia Mập', {
      nomineeKind: 'household',
      nomineeName: 'Thị Ngọc Xuyến',
      consentGiven: null,
      publishMode: 'named',
      title: 'Hộ nuôi ong lấy mật ở thôn 4',
    });
    expect(await decide(database.db, people.reviewerIn!, { id: n.id, action: 'approve', expectedVersion: 1, anonymise: true })).toMatchObject({ ok: true });
    const byName = await listPublishedExamples(database.db, { filters: { q: 'Thị Ngọc Xuyến' }, limit: 20 });
    expect(byName.items.map((e) => e.slug)).not.toContain(n.slug);
    const byTitle = await listPublishedExamples(database.db, { filters: { q: 'nuôi ong lấy mật' }, limit: 20 });
    expect(byTitle.items.map((e) => e.slug)).toContain(n.slug);
  });
});
