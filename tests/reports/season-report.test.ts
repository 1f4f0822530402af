import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSeasonReport, listReportAreas } from '@/db/queries/reports';
import type { SessionUser } from '@/lib/domain/actor';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { figures, seedReportWorld, type ReportWorld } from './fixture';

let database: TestDatabase;
let world: ReportWorld;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  world = await seedReportWorld(database.db);
});
afterAll(() => database.dispose());

const report = (user: SessionUser, over: { year?: number; area?: Parameters<typeof getSeasonReport>[1]['area'] } = {}) =>
  getSeasonReport(database.db, { user, campaignId: world.campaignId, year: over.year ?? 2023, area: over.area ?? null });

// Worked out by hand from SEEDS (tests/reports/fixture.ts); columns in METRIC_KEYS order:
// submitted, returned, approved, rejected, commended, pending, escaped, near-poor, beneficiaries, ethnic, jobs, VND.
const DA_KIA_OLD = figures([3, 1, 1, 1, 1, 0, 4, 0, 0, 0, 0, 5_000_000_000]); // N6 N7 N8
const PHU_NGHIA = figures([3, 1, 2, 0, 1, 1, 13, 7, 37, 12, 9, 170_000_000]); // N1 N2 N3 (N4, N5 drafts)
const DA_KIA_NEW = figures([1, 0, 1, 0, 0, 0, 2, 0, 2, 0, 0, 0]); // N9
const TAN_PHU = figures([1, 0, 1, 0, 1, 0, 7, 0, 0, 0, 3, 0]); // N10
const BU_GIA_MAP_TOTAL = figures([7, 2, 4, 1, 2, 1, 19, 7, 39, 12, 9, 5_170_000_000]);

describe('the season report of a reviewer of Bù Gia Mập', () => {
  it('counts every state per commune, as recorded, in Vietnamese order', async () => {
    const r = await report(world.people.reviewerIn);
    expect(r.byCommune).toEqual([
      { tree: '2024', code: '25231', name: 'Xã Đa Kia', districtName: 'Huyện Bù Gia Mập', provinceName: 'Tỉnh Bình Phước', ...DA_KIA_OLD },
      { tree: '2024', code: '25267', name: 'Xã Phú Nghĩa', districtName: 'Huyện Bù Gia Mập', provinceName: 'Tỉnh Bình Phước', ...PHU_NGHIA },
      // Recorded after 01/07/2025 in the new tree: no district, the new province.
      { tree: '2025', code: '25231', name: 'Xã Đa Kia', districtName: null, provinceName: 'Tỉnh Đồng Nai', ...DA_KIA_NEW },
    ]);
  });

  it('counts per nominating unit', async () => {
    const r = await report(world.people.reviewerIn);
    expect(r.byUnit.map(({ unitId: _id, ...rest }) => rest)).toEqual([
      { name: 'Hội Nông dân huyện Bù Gia Mập', ...figures([4, 1, 3, 0, 1, 1, 15, 7, 39, 12, 9, 170_000_000]) }, // N1 N2 N3 N9
      { name: 'UBND xã Phú Nghĩa', ...figures([3, 1, 1, 1, 1, 0, 4, 0, 0, 0, 0, 5_000_000_000]) }, // N6 N7 N8
    ]);
  });

  it('has a grand total that equals the sum of either table', async () => {
    const r = await report(world.people.reviewerIn);
    expect(r.total).toEqual(BU_GIA_MAP_TOTAL);
    for (const rows of [r.byCommune, r.byUnit]) {
      for (const key of Object.keys(BU_GIA_MAP_TOTAL) as (keyof typeof BU_GIA_MAP_TOTAL)[]) {
        expect(rows.reduce((sum, row) => sum + row[key], 0)).toBe(BU_GIA_MAP_TOTAL[key]);
      }
    }
  });

  it('leaves out other years, other campaigns and everything outside the scope', async () => {
    const r2022 = await report(world.people.reviewerIn, { year: 2022 });
    expect(r2022.total).toEqual(figures([1, 0, 1, 0, 0, 0, 1000, 0, 0, 0, 0, 0])); // N11
    const none = await report(world.people.reviewerIn, { year: 2024 });
    expect(none).toEqual({ byCommune: [], byUnit: [], byLevel: [], total: figures(Array<number>(12).fill(0)) });
    // Asking for Đồng Xoài does not widen the scope: the query still applies it.
    const asked = await report(world.people.reviewerIn, { area: { tree: '2024', code: '689', level: 2 } });
    expect(asked.total.submitted).toBe(0);
  });
});

describe('who sees what', () => {
  it('the Đồng Xoài reviewer sees only Đồng Xoài, nothing of Bù Gia Mập', async () => {
    const r = await report(world.people.reviewerOut);
    expect(r.byCommune).toEqual([
      { tree: '2024', code: '25195', name: 'Phường Tân Phú', districtName: 'Thành phố Đồng Xoài', provinceName: 'Tỉnh Bình Phước', ...TAN_PHU },
    ]);
    expect(r.byUnit.map((u) => u.name)).toEqual(['Phòng Nội vụ thành phố Đồng Xoài']);
    expect(r.total).toEqual(TAN_PHU);
  });

  it('an admin sees every area; an area filter narrows it', async () => {
    const all = await report(world.people.admin);
    expect(all.byCommune.map((c) => `${c.tree}:${c.code}`)).toEqual(['2024:25231', '2024:25267', '2024:25195', '2025:25231']);
    expect(all.total).toEqual(figures([8, 2, 5, 1, 3, 1, 26, 7, 39, 12, 12, 5_170_000_000]));
    expect((await report(world.people.admin, { area: { tree: '2024', code: '689', level: 2 } })).total).toEqual(TAN_PHU);
    expect((await report(world.people.admin, { area: { tree: '2024', code: '691', level: 2 } })).total).toEqual(BU_GIA_MAP_TOTAL);
    expect((await report(world.people.admin, { area: { tree: '2024', code: '70', level: 1 } })).total).toEqual(all.total);
    expect((await report(world.people.admin, { area: { tree: '2025', code: '75', level: 1 } })).total).toEqual(all.total);
  });

  it('a reviewer of the new Đồng Nai province sees all of old Bình Phước', async () => {
    expect((await report(world.people.reviewerNew)).total).toEqual((await report(world.people.admin)).total);
  });

  it('unit members and reviewers without a scope get nothing even if the query is called', async () => {
    for (const who of [world.people.memberA, world.people.memberB, world.people.reviewerNoScope]) {
      expect(await report(who)).toEqual({ byCommune: [], byUnit: [], byLevel: [], total: figures(Array<number>(12).fill(0)) });
    }
  });

  it('offers only areas that hold counted nominations, named from the map', async () => {
    const areas = await listReportAreas(database.db, { user: world.people.reviewerIn, campaignId: world.campaignId });
    expect(areas.map((a) => `${a.tree}:${a.code} ${a.name}`)).toEqual(['2024:70 Tỉnh Bình Phước', '2025:75 Tỉnh Đồng Nai', '2024:691 Huyện Bù Gia Mập']);
    const adminAreas = await listReportAreas(database.db, { user: world.people.admin, campaignId: world.campaignId });
    expect(adminAreas.map((a) => a.code)).toEqual(['70', '75', '691', '689']);
  });
});

describe('an independent count', () => {
  it('matches the admin total computed from the raw rows with plain SQL', async () => {
    const rows = await queryRows<{ status: string; returned: boolean; commended: boolean; escaped: number | null; vnd: string | number | null }>(
      database,
      `select n.status,
              exists (select 1 from nomination_events e where e.nomination_id = n.id and e.to_status = 'returned') as returned,
              exists (select 1 from commendations c where c.nomination_id = n.id) as commended,
              n.households_escaped as escaped, n.contribution_vnd as vnd
         from nominations n join campaigns c on c.id = n.campaign_id
        where c.slug = 'mua-bao-cao-thu-nghiem' and n.year = 2023 and n.status <> 'draft'`,
    );
    const approved = rows.filter((r) => r.status === 'approved' || r.status === 'unpublished');
    const r = await report(world.people.admin);
    expect(r.total.submitted).toBe(rows.length);
    expect(r.total.returned).toBe(rows.filter((x) => x.returned).length);
    expect(r.total.approved).toBe(approved.length);
    expect(r.total.rejected).toBe(rows.filter((x) => x.status === 'rejected').length);
    expect(r.total.pending).toBe(rows.filter((x) => x.status === 'submitted').length);
    expect(r.total.commended).toBe(approved.filter((x) => x.commended).length);
    expect(r.total.householdsEscaped).toBe(approved.reduce((s, x) => s + Number(x.escaped ?? 0), 0));
    expect(r.total.contributionVnd).toBe(approved.reduce((s, x) => s + Number(x.vnd ?? 0), 0));
  });
});

describe('the table per review level', () => {
  it('counts, per level of the demo campaign, the dossiers it forwarded, sent back, rejected or put in notice, as plain SQL does', async () => {
    const [demo] = await queryRows<{ id: number }>(database, `SELECT id FROM campaigns WHERE start_year = 2021`);
    const r = await getSeasonReport(database.db, { user: world.people.admin, campaignId: demo!.id, year: 2025, area: null });
    const expected = await queryRows<{ position: number; name: string; forwarded: number; returned: number; rejected: number; in_notice: number }>(
      database,
      `SELECT l.position, l.name,
              count(DISTINCT e.nomination_id) FILTER (WHERE e.action = 'forward')::int AS forwarded,
              count(DISTINCT e.nomination_id) FILTER (WHERE e.action IN ('return', 'return_down'))::int AS returned,
              count(DISTINCT e.nomination_id) FILTER (WHERE e.action = 'reject')::int AS rejected,
              count(DISTINCT e.nomination_id) FILTER (WHERE e.action = 'open_notice')::int AS in_notice
         FROM campaign_review_levels l
         LEFT JOIN (nomination_events e JOIN nominations n ON n.id = e.nomination_id AND n.campaign_id = ${demo!.id} AND n.year = 2025 AND n.status <> 'draft')
           ON e.review_level = l.position
        WHERE l.campaign_id = ${demo!.id}
        GROUP BY l.position, l.name ORDER BY l.position`,
    );
    expect(r.byLevel).toEqual(
      expected.map((e) => ({
        position: Number(e.position),
        name: e.name,
        forwarded: e.forwarded,
        returned: e.returned,
        rejected: e.rejected,
        inNotice: e.in_notice,
      })),
    );
    expect(r.byLevel.map((l) => l.name)).toEqual(['Cấp xã', 'Cấp huyện']);
    // The demo has forwards at the commune level and a notice at the district level in 2025.
    expect(r.byLevel[0]!.forwarded).toBeGreaterThan(0);
    expect(r.byLevel[1]!.inNotice).toBeGreaterThan(0);
  });
});
