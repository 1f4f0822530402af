import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { nominations, nominationEvents, reviewNotes, commendations } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { recordCommendation } from '@/lib/review/commendations';
import { decide, setPublished } from '@/lib/review/decisions';
import { addReviewNote } from '@/lib/review/notes';
import { createDiskStorage } from '@/lib/uploads/storage';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { awaitingDistrict, decideWithoutNotice } from '../support/review-setup';

// What reviewers write reaches the unit's notifications, the timeline and the exports: the review domain
// itself refuses invisible characters, whoever calls it (a server action, a route, a script).
let database: TestDatabase;
let reviewer: SessionUser;
let admin: SessionUser;
const storage = createDiskStorage(mkdtempSync(join(tmpdir(), 'guongsang-review-cc-')));
const CONTROLS = ['\u0001', '\u001b', '\u007f', '\u0085'];

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  await decideWithoutNotice(database.db);
  reviewer = await sessionUserOf(database.db, PEOPLE.reviewerIn);
  admin = await sessionUserOf(database.db, PEOPLE.admin);
});
afterAll(() => database.dispose());

const count = async (table: typeof nominationEvents | typeof reviewNotes | typeof commendations) => (await database.db.select().from(table)).length;

describe('control characters in what reviewers write', () => {
  it('a decision’s comment is refused, changing nothing; line breaks and tabs are fine', async () => {
    const n = await awaitingDistrict(database.db);
    const events = await count(nominationEvents);
    for (const c of CONTROLS) {
      const result = await decide(database.db, reviewer, { id: n.id, action: 'return', expectedVersion: n.version, comment: `Đề nghị bổ sung ${c} ảnh` });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.comment).toMatch(/ký tự điều khiển/);
    }
    expect(await count(nominationEvents)).toBe(events);
    const ok = await decide(database.db, reviewer, { id: n.id, action: 'return', expectedVersion: n.version, comment: 'Đề nghị bổ sung ảnh.\r\n\tCảm ơn.' });
    expect(ok).toMatchObject({ ok: true, status: 'returned' });
  });

  it('a private note is refused', async () => {
    const [n] = await database.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'in_notice')).limit(1);
    const before = await count(reviewNotes);
    expect(await addReviewNote(database.db, reviewer, { id: n!.id, body: 'Ghi chú\u0085' })).toMatchObject({ ok: false, message: /ký tự điều khiển/ });
    expect(await count(reviewNotes)).toBe(before);
    expect(await addReviewNote(database.db, reviewer, { id: n!.id, body: 'Ghi chú\nhai dòng' })).toMatchObject({ ok: true });
  });

  it('a commendation’s issuer or number is refused; an unpublishing reason too', async () => {
    const [approved] = await database.db.select().from(nominations).where(eq(nominations.status, 'approved')).limit(1);
    const before = await count(commendations);
    const raw = { form: 'Giấy khen', issuer: 'UBND huyện\u0007', decisionNumber: '12/QĐ-UBND', decisionDate: '2024-12-20' };
    const refused = await recordCommendation(database.db, storage, reviewer, { id: approved!.id, raw, scan: null });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors?.issuer).toMatch(/ký tự điều khiển/);
    expect(await count(commendations)).toBe(before);
    const gone = await setPublished(database.db, admin, {
      id: approved!.id,
      action: 'unpublish',
      expectedVersion: approved!.version,
      reason: 'Gia đình đề nghị gỡ\u001b thông tin.',
    });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.fieldErrors?.reason).toMatch(/ký tự điều khiển/);
    const [after] = await database.db.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, approved!.id));
    expect(after!.status).toBe('approved');
  });
});
