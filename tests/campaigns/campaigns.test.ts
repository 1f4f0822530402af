import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  countNominationsOutsideYears,
  countPublishedExamples,
  getCampaign,
  isCampaignSlugTaken,
  listCampaignsForAdmin,
  listOpenCampaigns,
} from '@/db/queries/campaigns';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { auditEvents, campaigns, units, users } from '@/db/schema';
import { DEMO_CAMPAIGN } from '@/db/seed/demo-units';
import { createCampaign, updateCampaign } from '@/lib/campaigns/campaigns';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { stringMatching } from '../support/matchers';
import { PEOPLE } from '../support/accounts';
import type { NominationStatus } from '@/lib/domain/vocabulary';

let database: TestDatabase;
const people: Record<string, SessionUser> = {};
const request = { ipAddress: '203.0.113.21', userAgent: 'vitest' };
const as = (who: string) => ({ actor: people[who]!, request });

async function person(email: string): Promise<SessionUser> {
  const [u] = await database.db.select().from(users).leftJoin(units, eq(units.id, users.unitId)).where(eq(users.email, email));
  const scope = u!.users.scopeTree ? { tree: u!.users.scopeTree as '2024', code: u!.users.scopeCode! } : null;
  return {
    id: u!.users.id,
    name: u!.users.name,
    email,
    role: u!.users.role,
    unitId: u!.users.unitId,
    unitName: u!.units?.name ?? null,
    scope,
  };
}

function form(over: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Cả nước chung tay vì người nghèo giai đoạn 2026–2030',
    shortName: 'Chung tay 2026–2030',
    slug: 'chung-tay-2026-2030',
    description: 'Giai đoạn tiếp theo của phong trào.',
    startYear: '2026',
    endYear: '2030',
    submissionsOpenOn: '2026-03-01',
    submissionsCloseOn: '2026-11-30',
    acceptingNominations: 'on',
    ...over,
  };
}

async function created(over: Record<string, string>): Promise<number> {
  const result = await createCampaign(database.db, as('admin'), form(over));
  if (!result.ok) throw new Error(`create failed: ${result.message}`);
  return result.value.id;
}

/** A nomination of Phú Nghĩa's commune unit in the given campaign, year and state. */
async function nominate(campaignId: number, year: number, status: NominationStatus = 'draft') {
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
    approvedAt: status === 'approved' || status === 'unpublished' ? new Date() : null,
  });
}

async function row(id: number) {
  const [r] = await database.db.select().from(campaigns).where(eq(campaigns.id, id));
  return r!;
}

async function auditFor(id: number) {
  return database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, 'campaign'), eq(auditEvents.targetId, String(id))))
    .orderBy(auditEvents.id);
}

async function campaignAuditCount(): Promise<number> {
  const [r] = await queryRows<{ n: number | string }>(database, `SELECT count(*) AS n FROM audit_events WHERE action LIKE 'campaign_%'`);
  return Number(r!.n);
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await person(email);
});
afterAll(() => database.dispose());

describe('who may manage campaigns', () => {
  it('only an admin: others are refused and nothing is written', async () => {
    const [demo] = await database.db.select().from(campaigns).where(eq(campaigns.slug, DEMO_CAMPAIGN.slug));
    const before = await database.db.select().from(campaigns);
    for (const who of ['memberA', 'reviewerIn'] as const) {
      expect(await createCampaign(database.db, as(who), form({ slug: `cam-${who}` }))).toEqual({
        ok: false,
        message: 'Bạn không có quyền thực hiện thao tác này.',
      });
      const edit = await updateCampaign(database.db, as(who), { id: demo!.id, raw: form({ slug: demo!.slug, startYear: '2021', endYear: '2025' }) });
      expect(edit).toEqual({ ok: false, message: 'Bạn không có quyền thực hiện thao tác này.' });
    }
    expect(await database.db.select().from(campaigns)).toEqual(before);
    expect(await campaignAuditCount()).toBe(0);
  });
});

describe('creating a campaign', () => {
  it('stores the cleaned values and writes one audit row', async () => {
    const id = await created({ name: '  Cả nước chung tay vì người nghèo giai đoạn 2026–2030 '.normalize('NFD'), slug: '' });
    expect(await row(id)).toMatchObject({
      name: 'Cả nước chung tay vì người nghèo giai đoạn 2026–2030',
      shortName: 'Chung tay 2026–2030',
      slug: 'chung-tay-2026-2030',
      startYear: 2026,
      endYear: 2030,
      submissionsOpenOn: '2026-03-01',
      submissionsCloseOn: '2026-11-30',
      acceptingNominations: true,
    });
    const audit = await auditFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'campaign_created', actorUserId: people.admin!.id, actorEmail: PEOPLE.admin, ipAddress: request.ipAddress });
    expect(audit[0]!.detail).toMatchObject({ slug: 'chung-tay-2026-2030', startYear: 2026, endYear: 2030 });
  });

  it('refuses a slug already taken, and bad input, changing nothing', async () => {
    const before = await database.db.select().from(campaigns);
    const audits = await campaignAuditCount();
    const taken = await createCampaign(database.db, as('admin'), form({ slug: DEMO_CAMPAIGN.slug }));
    expect(taken).toEqual({
      ok: false,
      message: 'Đường dẫn này đã được dùng cho một phong trào khác.',
      fieldErrors: { slug: 'Đường dẫn này đã được dùng cho một phong trào khác.' },
    });
    const bad = await createCampaign(database.db, as('admin'), form({ slug: 'khac-2031', startYear: '2031', endYear: '2041' }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { endYear: 'Một phong trào kéo dài tối đa 10 năm.' } });
    expect(await database.db.select().from(campaigns)).toEqual(before);
    expect(await campaignAuditCount()).toBe(audits);
  });

  it('two admins racing for one new slug: exactly one campaign is created', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => createCampaign(database.db, as('admin'), form({ slug: 'cuoc-dua-slug', startYear: '2031', endYear: '2035' }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(r).toMatchObject({ fieldErrors: { slug: 'Đường dẫn này đã được dùng cho một phong trào khác.' } });
    expect(await database.db.select().from(campaigns).where(eq(campaigns.slug, 'cuoc-dua-slug'))).toHaveLength(1);
  });
});

describe('editing a campaign', () => {
  it('saves changes with an audit row naming what changed; an unchanged form writes nothing', async () => {
    const id = await created({ slug: 'sua-doi-2036', startYear: '2036', endYear: '2040' });
    const edit = await updateCampaign(database.db, as('admin'), {
      id,
      raw: form({ slug: 'sua-doi-2036', startYear: '2036', endYear: '2040', shortName: 'Đợt 2036–2040', submissionsCloseOn: '', acceptingNominations: '' }),
    });
    expect(edit).toEqual({ ok: true, value: { id, changed: true } });
    expect(await row(id)).toMatchObject({ shortName: 'Đợt 2036–2040', submissionsOpenOn: '2026-03-01', submissionsCloseOn: null, acceptingNominations: false });
    const audit = await auditFor(id);
    expect(audit.map((a) => a.action)).toEqual(['campaign_created', 'campaign_updated']);
    expect(audit[1]!.detail).toEqual({
      slug: 'sua-doi-2036',
      changes: { shortName: ['Chung tay 2026–2030', 'Đợt 2036–2040'], submissionsCloseOn: ['2026-11-30', null], acceptingNominations: [true, false] },
    });
    const again = await updateCampaign(database.db, as('admin'), {
      id,
      raw: form({ slug: 'sua-doi-2036', startYear: '2036', endYear: '2040', shortName: 'Đợt 2036–2040', submissionsCloseOn: '', acceptingNominations: '' }),
    });
    expect(again).toEqual({ ok: true, value: { id, changed: false } });
    expect(await auditFor(id)).toHaveLength(2);
  });

  it('changes the slug while nothing has been published, but not to one already taken', async () => {
    const id = await created({ slug: 'doi-ten-2041', startYear: '2041', endYear: '2045' });
    await nominate(id, 2041, 'draft');
    await nominate(id, 2042, 'rejected');
    const taken = await updateCampaign(database.db, as('admin'), { id, raw: form({ slug: DEMO_CAMPAIGN.slug, startYear: '2041', endYear: '2045' }) });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: 'Đường dẫn này đã được dùng cho một phong trào khác.' } });
    expect((await row(id)).slug).toBe('doi-ten-2041');
    const renamed = await updateCampaign(database.db, as('admin'), { id, raw: form({ slug: 'doi-ten-moi-2041', startYear: '2041', endYear: '2045' }) });
    expect(renamed.ok).toBe(true);
    expect((await row(id)).slug).toBe('doi-ten-moi-2041');
  });

  it('keeps the slug of a campaign with published examples', async () => {
    const id = await created({ slug: 'da-cong-bo-2046', startYear: '2046', endYear: '2050' });
    await nominate(id, 2046, 'approved');
    // Taken down for now, but republishing would bring its old links back.
    await nominate(id, 2047, 'unpublished');
    const before = await row(id);
    const audits = (await auditFor(id)).length;
    const result = await updateCampaign(database.db, as('admin'), {
      id,
      raw: form({ slug: 'doi-duong-dan', startYear: '2046', endYear: '2050', name: 'Tên mới của phong trào' }),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(
        'Phong trào đã có 2 điển hình được công nhận; các đường dẫn và bộ lọc công khai đang dùng “da-cong-bo-2046” nên không thể đổi đường dẫn.',
      );
      expect(result.fieldErrors?.slug).toBe(result.message);
    }
    expect(await row(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(audits);
    // Other fields still change when the slug stays.
    expect(
      (
        await updateCampaign(database.db, as('admin'), {
          id,
          raw: form({ slug: 'da-cong-bo-2046', startYear: '2046', endYear: '2050', name: 'Tên mới của phong trào' }),
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses to narrow the years past existing nominations, naming how many and which years', async () => {
    const id = await created({ slug: 'thu-hep-2051', startYear: '2051', endYear: '2055' });
    for (let i = 0; i < 3; i++) await nominate(id, 2051, i === 0 ? 'submitted' : 'draft');
    await nominate(id, 2055, 'draft');
    const before = await row(id);
    const audits = (await auditFor(id)).length;

    const later = await updateCampaign(database.db, as('admin'), { id, raw: form({ slug: 'thu-hep-2051', startYear: '2052', endYear: '2055' }) });
    expect(later).toEqual({
      ok: false,
      message: 'Đã có 3 hồ sơ năm 2051 thuộc phong trào này, nằm ngoài giai đoạn 2052–2055. Hãy giữ các năm đó trong giai đoạn của phong trào.',
      fieldErrors: {
        startYear: 'Đã có 3 hồ sơ năm 2051 thuộc phong trào này, nằm ngoài giai đoạn 2052–2055. Hãy giữ các năm đó trong giai đoạn của phong trào.',
      },
    });
    const both = await updateCampaign(database.db, as('admin'), { id, raw: form({ slug: 'thu-hep-2051', startYear: '2052', endYear: '2054' }) });
    expect(both).toMatchObject({ ok: false, message: stringMatching(/^Đã có 3 hồ sơ năm 2051 và 1 hồ sơ năm 2055 /) });
    if (!both.ok) expect(Object.keys(both.fieldErrors ?? {}).sort()).toEqual(['endYear', 'startYear']);
    expect(await row(id)).toEqual(before);
    expect(await auditFor(id)).toHaveLength(audits);

    const wider = await updateCampaign(database.db, as('admin'), { id, raw: form({ slug: 'thu-hep-2051', startYear: '2050', endYear: '2055' }) });
    expect(wider.ok).toBe(true);
    expect((await row(id)).startYear).toBe(2050);
  });

  it('refuses fields the form does not have, writing nothing', async () => {
    const result = await createCampaign(database.db, as('admin'), { ...form({ slug: 'la-2066', startYear: '2066', endYear: '2066' }), id: '1' });
    expect(result).toEqual({ ok: false, message: 'Biểu mẫu có trường không hợp lệ.', fieldErrors: { form: 'Biểu mẫu có trường không hợp lệ.' } });
    expect(await database.db.select().from(campaigns).where(eq(campaigns.slug, 'la-2066'))).toHaveLength(0);
  });

  it('answers an unknown campaign plainly', async () => {
    expect(await updateCampaign(database.db, as('admin'), { id: 999_999, raw: form({ slug: 'khong-co' }) })).toEqual({
      ok: false,
      message: 'Không tìm thấy phong trào thi đua này.',
    });
    expect(await updateCampaign(database.db, as('admin'), { id: Number.NaN, raw: form({ slug: 'khong-co' }) })).toMatchObject({ ok: false });
  });
});

describe('listCampaignsForAdmin', () => {
  it('counts nominations in any state and approved examples per campaign', async () => {
    const id = await created({ slug: 'dem-so-2056', startYear: '2056', endYear: '2060' });
    const empty = await created({ slug: 'trong-2061', startYear: '2061', endYear: '2065' });
    await nominate(id, 2056, 'draft');
    await nominate(id, 2057, 'submitted');
    await nominate(id, 2058, 'approved');
    await nominate(id, 2058, 'unpublished');
    const list = await listCampaignsForAdmin(database.db);
    expect(list.find((c) => c.id === id)).toMatchObject({ slug: 'dem-so-2056', nominations: 4, approved: 1 });
    expect(list.find((c) => c.id === empty)).toMatchObject({ nominations: 0, approved: 0 });

    const [demo] = await queryRows<{ id: number; total: string | number; approved: string | number }>(
      database,
      `SELECT c.id, (SELECT count(*) FROM nominations n WHERE n.campaign_id = c.id) AS total,
              (SELECT count(*) FROM nominations n WHERE n.campaign_id = c.id AND n.status = 'approved') AS approved
         FROM campaigns c WHERE c.slug = '${DEMO_CAMPAIGN.slug}'`,
    );
    expect(Number(demo!.total)).toBeGreaterThan(0);
    expect(list.find((c) => c.id === Number(demo!.id))).toMatchObject({ nominations: Number(demo!.total), approved: Number(demo!.approved) });
    // Newest period first.
    const years = list.map((c) => c.startYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});

describe('campaign queries', () => {
  it('lists the campaigns taking nominations, newest period first, and finds one by id', async () => {
    const open = await created({ slug: 'mo-2071', startYear: '2071', endYear: '2075' });
    const closed = await created({ slug: 'dong-2076', startYear: '2076', endYear: '2080', acceptingNominations: '' });
    const list = await listOpenCampaigns(database.db);
    expect(list.map((c) => c.id)).toContain(open);
    expect(list.map((c) => c.id)).not.toContain(closed);
    expect(list.find((c) => c.id === open)).toMatchObject({ startYear: 2071, endYear: 2075, opensOn: '2026-03-01', closesOn: '2026-11-30' });
    const starts = list.map((c) => c.startYear);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(await getCampaign(database.db, closed)).toMatchObject({ id: closed, slug: 'dong-2076', acceptingNominations: false });
    expect(await getCampaign(database.db, 999_999)).toBeNull();
  });

  it('tells whether a slug is taken (ignoring the campaign itself), and counts what is published and what lies outside a period', async () => {
    const id = await created({ slug: 'dem-2081', startYear: '2081', endYear: '2085' });
    expect(await isCampaignSlugTaken(database.db, { slug: 'dem-2081' })).toBe(true);
    expect(await isCampaignSlugTaken(database.db, { slug: 'dem-2081', exceptId: id })).toBe(false);
    expect(await isCampaignSlugTaken(database.db, { slug: 'chua-co-2081' })).toBe(false);
    await nominate(id, 2081, 'approved');
    await nominate(id, 2081, 'unpublished');
    await nominate(id, 2084, 'submitted');
    await nominate(id, 2085, 'draft');
    expect(await countPublishedExamples(database.db, id)).toBe(2);
    expect(await countNominationsOutsideYears(database.db, { campaignId: id, startYear: 2082, endYear: 2084 })).toEqual([
      { year: 2081, n: 2 },
      { year: 2085, n: 1 },
    ]);
  });
});
