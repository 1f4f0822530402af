import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { lockCampaign } from '@/db/queries/campaigns';
import { applyTransition } from '@/db/queries/nomination-transition';
import { getReviewSetup } from '@/db/queries/review-setup';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { auditEvents, units, users } from '@/db/schema';
import { createCampaign } from '@/lib/campaigns/campaigns';
import { saveReviewSetup } from '@/lib/campaigns/review-setup';
import { parseReviewSetup, reviewSetupFormValues } from '@/lib/campaigns/review-setup-schema';
import type { SessionUser } from '@/lib/domain/actor';
import { DEFAULT_CRITERIA, LEVEL_MESSAGES } from '@/lib/domain/review-levels';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { PEOPLE } from '../support/accounts';
import { anyString, stringMatching } from '../support/matchers';

let database: TestDatabase;
const people: Record<string, SessionUser> = {};
const request = { ipAddress: '203.0.113.31', userAgent: 'vitest' };
const as = (who: string) => ({ actor: people[who]!, request });

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).where(eq(users.email, email));
  const scope = u!.scopeTree ? { tree: u!.scopeTree, code: u!.scopeCode! } : null;
  return { id: u!.id, name: u!.name, email, role: u!.role, unitId: u!.unitId, unitName: null, scope };
}

let nextYear = 2040;
/** A fresh campaign with the defaults of a 2026+ period: xã/phường → tỉnh, four criteria, a 10-day notice. */
async function freshCampaign(): Promise<number> {
  const start = (nextYear += 5);
  const result = await createCampaign(database.db, as('admin'), {
    name: `Phong trào thử nghiệm ${start}–${start + 4}`,
    shortName: `Thử ${start}`,
    slug: `thu-${start}`,
    startYear: String(start),
    endYear: String(start + 4),
    acceptingNominations: 'on',
  });
  if (!result.ok) throw new Error(result.message);
  return result.value.id;
}

async function nominate(campaignId: number, year: number, status: NominationStatus) {
  const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'UBND xã Phú Nghĩa'));
  await insertNomination(database.db, {
    campaignId,
    year,
    communeTree: '2024',
    communeCode: '25267',
    unitId: unit!.id,
    nomineeKind: 'model',
    field: 'production',
    title: `Mô hình thử nghiệm ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác thôn 3',
    status,
  });
}

async function setupOf(campaignId: number) {
  return getReviewSetup(database.db, { campaignId });
}

async function auditFor(campaignId: number) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'campaign_review_setup_updated'), eq(auditEvents.targetId, String(campaignId))))
    .orderBy(auditEvents.id);
}

/** The form as stored now, with some fields changed. */
async function formOf(campaignId: number, over: Record<string, string> = {}) {
  return { ...reviewSetupFormValues((await setupOf(campaignId))!), ...over };
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
});
afterAll(() => database.dispose());

describe('saving a campaign review setup', () => {
  it('an admin saves three levels, new criteria and a notice length, in one audited change', async () => {
    const id = await freshCampaign();
    const raw = await formOf(id, {
      level0Name: ' Cấp  xã ',
      level0Kind: 'commune',
      level1Name: 'Cấp huyện',
      level1Kind: 'district',
      level2Name: 'Cấp tỉnh',
      level2Kind: 'province',
      criterion3Key: '',
      criterion3Label: '',
      criterion3Description: '',
      criterion4Key: 'ben-vung',
      criterion4Label: 'Tính bền vững',
      criterion4Description: 'Duy trì được sau khi hết hỗ trợ.',
      usesNotice: 'on',
      noticeWorkingDays: '15',
    });
    const result = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw });
    expect(result).toEqual({ ok: true, value: { campaignId: id, changed: true } });
    const saved = (await setupOf(id))!;
    expect(saved.levels).toEqual([
      { position: 0, name: 'Cấp xã', areaKind: 'commune', decides: false },
      { position: 1, name: 'Cấp huyện', areaKind: 'district', decides: false },
      { position: 2, name: 'Cấp tỉnh', areaKind: 'province', decides: true },
    ]);
    expect(saved.criteria.map((c) => c.key)).toEqual(['true', 'effective', 'replicable', 'ben-vung']);
    expect(saved).toMatchObject({ usesNotice: true, noticeWorkingDays: 15 });

    const audit = await auditFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: people.admin!.id, targetType: 'campaign', ipAddress: request.ipAddress });
    const changes = (audit[0]!.detail as { changes: Record<string, unknown> }).changes;
    expect(Object.keys(changes).sort()).toEqual(['criteria', 'levels', 'noticeWorkingDays']);
    expect(changes.noticeWorkingDays).toEqual([10, 15]);

    // The same form again changes nothing and writes no audit row.
    expect(await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw })).toEqual({ ok: true, value: { campaignId: id, changed: false } });
    expect(await auditFor(id)).toHaveLength(1);
  });

  it('refuses everyone but an admin, changing nothing', async () => {
    const id = await freshCampaign();
    const before = await setupOf(id);
    const raw = await formOf(id, { noticeWorkingDays: '5', usesNotice: '' });
    for (const who of ['memberA', 'reviewerIn', 'reviewerOut'] as const) {
      expect(await saveReviewSetup(database.db, as(who), { campaignId: id, raw })).toEqual({
        ok: false,
        message: 'Bạn không có quyền thực hiện thao tác này.',
      });
    }
    expect(await setupOf(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(0);
  });

  it('refuses levels that break the rules with levelsProblem’s message, and bad fields with their own', async () => {
    const id = await freshCampaign();
    const before = await setupOf(id);
    const attempts: [Record<string, string>, string][] = [
      [{ level0Name: '', level0Kind: '', level1Name: '', level1Kind: '' }, LEVEL_MESSAGES.empty],
      [{ level0Name: 'Cấp tỉnh', level0Kind: 'province', level1Name: 'Cấp xã', level1Kind: 'commune' }, LEVEL_MESSAGES.order],
      [{ level1Name: 'Cấp xã nữa', level1Kind: 'commune' }, LEVEL_MESSAGES.repeatedKind],
    ];
    for (const [over, message] of attempts) {
      const result = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw: await formOf(id, over) });
      expect(result).toEqual({ ok: false, message, fieldErrors: { levels: message } });
    }
    const bad = await saveReviewSetup(database.db, as('admin'), {
      campaignId: id,
      raw: await formOf(id, {
        level0Name: 'Cấp\u0007xã',
        level1Kind: 'ward',
        criterion1Key: 'true',
        criterion2Key: 'Hiệu Quả',
        criterion3Label: '',
        noticeWorkingDays: '31',
      }),
    });
    expect(bad).toMatchObject({
      ok: false,
      message: 'Vui lòng kiểm tra các ô được đánh dấu.',
      fieldErrors: {
        level0Name: stringMatching(/ký tự điều khiển/),
        level1Kind: 'Vui lòng chọn loại địa bàn của cấp này.',
        criterion1Key: 'Mã tiêu chí này đã dùng ở một dòng khác.',
        criterion2Key: stringMatching(/chữ thường không dấu/),
        criterion3Label: 'Vui lòng nhập tên tiêu chí.',
        noticeWorkingDays: 'Thời hạn công khai là số ngày làm việc nguyên, từ 1 đến 30.',
      },
    });
    const tooLong = await saveReviewSetup(database.db, as('admin'), {
      campaignId: id,
      raw: await formOf(id, { level0Name: 'x'.repeat(81), noticeWorkingDays: '0' }),
    });
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { level0Name: 'Không được dài quá 80 ký tự.', noticeWorkingDays: anyString() } });
    const stray = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw: { ...(await formOf(id)), level4Name: 'Cấp trung ương' } });
    expect(stray).toMatchObject({ ok: false, message: 'Biểu mẫu có trường không hợp lệ.' });
    expect(await setupOf(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(0);
  });

  it('refuses to change levels or criteria while dossiers are in review, naming how many; the notice length may still change', async () => {
    const id = await freshCampaign();
    const year = nextYear;
    await nominate(id, year, 'submitted');
    await nominate(id, year, 'in_notice');
    await nominate(id, year, 'draft');
    const before = await setupOf(id);
    const message =
      'Phong trào đang có 2 hồ sơ đang xét duyệt hoặc đang công khai. Không thể đổi các cấp xét duyệt và bộ tiêu chí cho đến khi các hồ sơ này được quyết định hoặc trả lại; thời hạn công khai vẫn đổi được.';
    const levels = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw: await formOf(id, { level1Name: 'Cấp tỉnh, thành phố' }) });
    expect(levels).toEqual({ ok: false, message, fieldErrors: { levels: message } });
    const criteria = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw: await formOf(id, { criterion0Label: 'Trung thực' }) });
    expect(criteria).toEqual({ ok: false, message, fieldErrors: { levels: message } });
    const noticeOff = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw: await formOf(id, { usesNotice: '' }) });
    expect(noticeOff).toMatchObject({ ok: false, message: stringMatching(/1 hồ sơ đang công khai/) });
    expect(await setupOf(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(0);

    const days = await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw: await formOf(id, { noticeWorkingDays: '12' }) });
    expect(days).toEqual({ ok: true, value: { campaignId: id, changed: true } });
    expect(await setupOf(id)).toEqual({ ...before, noticeWorkingDays: 12 });
    expect(await auditFor(id)).toHaveLength(1);
  });

  it('allows any change once nothing is in review (drafts and decided dossiers do not hold the levels)', async () => {
    const id = await freshCampaign();
    await nominate(id, nextYear, 'draft');
    await nominate(id, nextYear, 'rejected');
    const raw = await formOf(id, { level0Name: '', level0Kind: '', level1Name: 'Cấp tỉnh', usesNotice: '' });
    for (let i = 0; i < 8; i++) Object.assign(raw, { [`criterion${i}Key`]: '', [`criterion${i}Label`]: '', [`criterion${i}Description`]: '' });
    expect(await saveReviewSetup(database.db, as('admin'), { campaignId: id, raw })).toMatchObject({ ok: true });
    expect(await setupOf(id)).toEqual({
      levels: [{ position: 0, name: 'Cấp tỉnh', areaKind: 'province', decides: true }],
      criteria: [],
      usesNotice: false,
      noticeWorkingDays: 10,
    });
  });

  it('answers a campaign that does not exist plainly', async () => {
    const raw = reviewSetupFormValues({ levels: [], criteria: DEFAULT_CRITERIA, usesNotice: true, noticeWorkingDays: 10 });
    raw.level0Name = 'Cấp xã';
    raw.level0Kind = 'commune';
    expect(await saveReviewSetup(database.db, as('admin'), { campaignId: 999_999, raw })).toEqual({
      ok: false,
      message: 'Không tìm thấy phong trào thi đua này.',
    });
  });
});

describe('the form parser', () => {
  it('skips blank rows, makes the last level decide and reads an unticked checkbox as no notice', () => {
    const parsed = parseReviewSetup({ level1Name: 'Cấp xã', level1Kind: 'commune', level3Name: 'Cấp tỉnh', level3Kind: 'province', noticeWorkingDays: '7' });
    expect(parsed).toEqual({
      ok: true,
      input: {
        levels: [
          { position: 0, name: 'Cấp xã', areaKind: 'commune', decides: false },
          { position: 1, name: 'Cấp tỉnh', areaKind: 'province', decides: true },
        ],
        criteria: [],
        usesNotice: false,
        noticeWorkingDays: 7,
      },
    });
  });
});

describe('a dossier entering review while the admin changes the levels', () => {
  // PGlite has one connection, so nothing there runs at the same time; PostgreSQL shows the lock.
  it.runIf(Boolean(process.env.DATABASE_URL))('waits for the change to be saved, so it never enters review under levels being replaced', async () => {
    const campaignId = await freshCampaign();
    const [unit] = await database.db.select({ id: units.id }).from(units).where(eq(units.name, 'UBND xã Phú Nghĩa'));
    const draft = await insertNomination(database.db, {
      campaignId,
      year: nextYear,
      communeTree: '2024',
      communeCode: '25267',
      unitId: unit!.id,
      nomineeKind: 'model',
      field: 'production',
      title: `Mô hình chờ khóa ${Math.random().toString(36).slice(2, 8)}`,
      nomineeName: 'Tổ hợp tác thôn 5',
      status: 'draft',
    });
    let releaseSetup!: () => void;
    const setupHeld = new Promise<void>((resolve) => (releaseSetup = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    // What saveReviewSetup holds while it counts the dossiers in review and replaces the levels.
    const admin = database.db.transaction(async (tx) => {
      await lockCampaign(tx, campaignId);
      locked();
      await setupHeld;
    });
    await lockTaken;
    let settled = false;
    const submit = applyTransition(database.db, {
      nominationId: draft.id,
      action: 'submit',
      actorId: people.memberA!.id,
      expectedVersion: 1,
      visible: () => true,
    }).then((outcome) => {
      settled = true;
      return outcome;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled).toBe(false);
    releaseSetup();
    await admin;
    expect(await submit).toMatchObject({ status: 'ok', to: 'submitted' });
  });
});
