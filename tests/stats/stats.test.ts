import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublishedExamples } from '@/db/queries/examples';
import { getExampleStats } from '@/lib/stats/example-stats';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { DEMO_CAMPAIGN, DEMO_NEXT_CAMPAIGN } from '@/db/seed/demo-units';
import { listFilters, rangeMatchesList, type LinkScope } from '@/lib/stats/links';
import { parseStatsParams, type StatsParams } from '@/lib/stats/params';
import { COMMUNE_TOP } from '@/lib/domain/stats';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { OLD_CAMPAIGN, seedOldCampaign } from './fixtures';
import { IMPACT_FIGURE_KEYS } from '@/lib/domain/vocabulary';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  await seedOldCampaign(database);
});
afterAll(() => database.dispose());

const paramsOf = (query: string): StatsParams => {
  const parsed = parseStatsParams(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.params;
};
const statsOf = async (query: string) => {
  const result = await getExampleStats(database.db, paramsOf(query));
  if (!result.ok) throw new Error(result.message);
  return result;
};
const sql = <T>(text: string) => queryRows<T>(database, text);
const approvedDemo = DEMO_NOMINATIONS.filter((n) => n.status === 'approved');
const tally = <T>(items: T[], key: (item: T) => string | number) => {
  const out = new Map<string, number>();
  for (const item of items) out.set(String(key(item)), (out.get(String(key(item))) ?? 0) + 1);
  return out;
};
const asMap = <K extends string | number>(rows: { count: number }[], key: (row: never) => K) =>
  new Map(rows.filter((r) => r.count > 0).map((r) => [String(key(r as never)), r.count]));

describe('default statistics', () => {
  it('count the newest campaign that has approved examples, not a period just begun, for the whole country', async () => {
    const { scope, stats } = await statsOf('');
    expect(scope.campaign.slug).toBe(DEMO_CAMPAIGN.slug);
    expect([scope.from, scope.to]).toEqual([DEMO_CAMPAIGN.startYear, DEMO_CAMPAIGN.endYear]);
    expect(scope.areaPath).toEqual([]);
    expect(stats.total).toBe(approvedDemo.length);
    expect(stats.byYear.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(asMap(stats.byYear, (r: { year: number }) => r.year)).toEqual(tally(approvedDemo, (n) => n.year));
    expect(asMap(stats.byKind, (r: { kind: string }) => r.kind)).toEqual(tally(approvedDemo, (n) => n.nomineeKind));
    expect(asMap(stats.byField, (r: { field: string }) => r.field)).toEqual(tally(approvedDemo, (n) => n.field));
    const counts = stats.byField.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('still count the newer, empty campaign when it is asked for', async () => {
    expect(approvedDemo.some((n) => n.campaign === 'next')).toBe(false);
    const { scope, stats } = await statsOf(`campaign=${DEMO_NEXT_CAMPAIGN.slug}`);
    expect(scope.campaign.slug).toBe(DEMO_NEXT_CAMPAIGN.slug);
    expect([scope.from, scope.to]).toEqual([DEMO_NEXT_CAMPAIGN.startYear, DEMO_NEXT_CAMPAIGN.endYear]);
    expect(stats.total).toBe(0);
  });

  it('sum each impact figure and count the examples that reported it', async () => {
    const { stats } = await statsOf('');
    for (const key of IMPACT_FIGURE_KEYS) {
      const reported = approvedDemo.filter((n) => n.impact[key] !== undefined && n.impact[key] !== null);
      expect(stats.impact[key], key).toEqual({
        total: reported.reduce((sum, n) => sum + (n.impact[key] ?? 0), 0),
        reporting: reported.length,
      });
    }
  });

  it('list communes as recorded, with their counts and what they are now', async () => {
    const { stats } = await statsOf('');
    const expected = await sql<{ tree: string; code: string; n: number }>(
      `SELECT n.commune_tree AS tree, n.commune_code AS code, count(*)::int AS n FROM nominations n
       JOIN campaigns c ON c.id = n.campaign_id
       WHERE n.status = 'approved' AND c.slug = '${DEMO_CAMPAIGN.slug}' GROUP BY 1, 2`,
    );
    expect(stats.communeCount).toBe(expected.length);
    expect(new Map(stats.byCommune.map((r) => [`${r.commune.tree}:${r.commune.code}`, r.count]))).toEqual(
      new Map(expected.map((r) => [`${r.tree}:${r.code}`, Number(r.n)])),
    );
    const phuocMinh = stats.byCommune.find((r) => r.commune.tree === '2024' && r.commune.code === '25232')!;
    expect(phuocMinh.commune.name).toBe('Xã Phước Minh');
    expect(phuocMinh.district?.name).toBe('Huyện Bù Gia Mập');
    expect(phuocMinh.province?.name).toBe('Tỉnh Bình Phước');
    expect(phuocMinh.nowPartOf).toEqual([{ code: '25231', name: 'Xã Đa Kia, Tỉnh Đồng Nai' }]);
  });
});

describe('area and years', () => {
  it('new commune Đa Kia (2025:25231) gathers the old Phước Minh and Bình Thắng', async () => {
    const { scope, stats } = await statsOf('commune=2025:25231');
    const expected = approvedDemo.filter((n) => ['25231', '25232', '25234'].includes(n.communeCode));
    expect(expected.some((n) => n.communeCode === '25232') && expected.some((n) => n.communeCode === '25234')).toBe(true);
    expect(stats.total).toBe(expected.length);
    expect(asMap(stats.byYear, (r: { year: number }) => r.year)).toEqual(tally(expected, (n) => n.year));
    expect(
      tally(
        stats.byCommune.flatMap((r) => Array<string>(r.count).fill(r.commune.code)),
        (c) => c,
      ),
    ).toEqual(tally(expected, (n) => n.communeCode));
    expect(scope.areaPath.map((u) => u.fullName)).toEqual(['Tỉnh Đồng Nai', 'Xã Đa Kia']);
    expect((await statsOf('commune=2024:25232')).stats.total).toBe(approvedDemo.filter((n) => n.communeCode === '25232').length);
  });

  it('a year range counts only its years', async () => {
    const { scope, stats } = await statsOf('from=2022&to=2023&district=691');
    const expected = approvedDemo.filter((n) => n.year >= 2022 && n.year <= 2023);
    expect([scope.from, scope.to]).toEqual([2022, 2023]);
    expect(stats.total).toBe(expected.length);
    expect(stats.byYear).toEqual([
      { year: 2022, count: expected.filter((n) => n.year === 2022).length },
      { year: 2023, count: expected.filter((n) => n.year === 2023).length },
    ]);
  });

  it('old and new Đồng Nai differ: the new one took in Bình Phước', async () => {
    const [byTree] = await sql<{ old: number; new: number }>(
      `SELECT count(*) FILTER (WHERE province_code_old = '75')::int AS old, count(*) FILTER (WHERE province_code_new = '75')::int AS new
       FROM nominations n JOIN campaigns c ON c.id = n.campaign_id WHERE n.status = 'approved' AND c.slug = '${OLD_CAMPAIGN.slug}'`,
    );
    expect((await statsOf(`campaign=${OLD_CAMPAIGN.slug}&province=2024:75`)).stats.total).toBe(Number(byTree!.old));
    expect((await statsOf(`campaign=${OLD_CAMPAIGN.slug}&province=2025:75`)).stats.total).toBe(Number(byTree!.new));
    expect(Number(byTree!.new)).toBeGreaterThan(Number(byTree!.old));
  });
});

describe('stats and list pages agree', () => {
  const queries = [
    '',
    'commune=2025:25231',
    'commune=25231',
    'commune=2024:25232',
    'district=691',
    'province=2025:75',
    'province=2024:70',
    'from=2022&to=2024',
    'to=2023&province=2025:75',
    `campaign=${OLD_CAMPAIGN.slug}`,
    `campaign=${OLD_CAMPAIGN.slug}&province=2024:75&from=2017&to=2019`,
  ];

  it.each(queries)('year by year, kind by kind, field by field and commune by commune: “%s”', async (query) => {
    const { scope, stats } = await statsOf(query);
    const links: LinkScope = { campaign: scope.campaign, from: scope.from, to: scope.to, area: scope.area };
    const listTotal = async (narrow: Parameters<typeof listFilters>[1]) =>
      (await listPublishedExamples(database.db, { filters: listFilters(links, narrow), limit: 1 })).total;
    let sum = 0;
    for (const row of stats.byYear) {
      expect(await listTotal({ year: row.year }), `year ${row.year}`).toBe(row.count);
      sum += row.count;
    }
    expect(sum).toBe(stats.total);
    if (!rangeMatchesList(links)) return;
    expect(await listTotal({})).toBe(stats.total);
    for (const row of stats.byKind) expect(await listTotal({ kind: row.kind }), row.kind).toBe(row.count);
    for (const row of stats.byField) expect(await listTotal({ field: row.field }), row.field).toBe(row.count);
    // The list page cannot tell a commune recorded in the new tree from the old ones it absorbed.
    for (const row of stats.byCommune.filter((r) => r.commune.tree === '2024')) {
      expect(await listTotal({ commune: row.commune }), row.commune.code).toBe(row.count);
    }
  });
});

describe('replicated models', () => {
  it('count approved replications in scope, with the communes they spread to', async () => {
    const expected = await sql<{ slug: string; n: number }>(
      `SELECT o.slug, count(*)::int AS n FROM nominations r JOIN nominations o ON o.id = r.replicates_id
       JOIN campaigns c ON c.id = r.campaign_id
       WHERE r.status = 'approved' AND o.status = 'approved' AND c.slug = '${DEMO_CAMPAIGN.slug}'
       GROUP BY o.slug ORDER BY n DESC`,
    );
    const { stats } = await statsOf('');
    expect(stats.replicated.modelCount).toBe(expected.length);
    const top = stats.replicated.models[0]!;
    expect(top.slug).toBe(expected[0]!.slug);
    expect(top.replications).toBe(Number(expected[0]!.n));
    const replicators = approvedDemo.filter((n) => n.replicates === 'ngan-hang-bo-phu-nghia');
    expect(top.title).toBe(approvedDemo.find((n) => n.key === 'ngan-hang-bo-phu-nghia')!.title);
    expect(top.origin.code).toBe('25267');
    expect(top.communes.map((c) => c.code).sort()).toEqual(replicators.map((n) => n.communeCode).sort());

    const untilPrevious = await statsOf('to=2024');
    expect(untilPrevious.stats.replicated.models[0]?.replications).toBe(replicators.filter((n) => n.year <= 2024).length);
    expect((await statsOf('commune=2024:25267')).stats.replicated.models).toEqual([]);
  });

  it('never count a model that is not approved', async () => {
    const { stats } = await statsOf(`campaign=${OLD_CAMPAIGN.slug}`);
    // By construction: example 1 is replicated by examples 2 and 3; example 4 claims a draft.
    expect(stats.replicated.modelCount).toBe(1);
    expect(stats.replicated.models.map((m) => [m.title, m.replications])).toEqual([['Điển hình thử nghiệm số 1', 2]]);
    expect(stats.replicated.models[0]!.communes.reduce((s, c) => s + c.count, 0)).toBe(2);
  });
});

describe('a campaign of my own making', () => {
  it('sums impact figures as a plain query does', async () => {
    const [row] = await sql<Record<string, string | number>>(
      `SELECT count(*) AS total, sum(households_escaped) AS he, count(households_escaped) AS he_n, sum(contribution_vnd) AS vnd
       FROM nominations n JOIN campaigns c ON c.id = n.campaign_id
       WHERE n.status = 'approved' AND c.slug = '${OLD_CAMPAIGN.slug}' AND n.year BETWEEN 2017 AND 2019`,
    );
    const { stats } = await statsOf(`campaign=${OLD_CAMPAIGN.slug}&from=2017&to=2019`);
    expect(stats.total).toBe(Number(row!.total));
    expect(stats.impact.householdsEscaped).toEqual({ total: Number(row!.he), reporting: Number(row!.he_n) });
    expect(stats.impact.contributionVnd.total).toBe(Number(row!.vnd));
    expect(stats.impact.jobsCreated).toEqual({ total: 0, reporting: 0 });
  });
});

describe('long commune lists', () => {
  it('keep the top communes and say how many there are; `communes=all` lists them all', async () => {
    const [row] = await sql<{ n: number }>(
      `SELECT count(DISTINCT (commune_tree, commune_code))::int AS n FROM nominations n
       JOIN campaigns c ON c.id = n.campaign_id WHERE n.status = 'approved' AND c.slug = '${OLD_CAMPAIGN.slug}'`,
    );
    const all = Number(row!.n);
    expect(all).toBe(OLD_CAMPAIGN.communeCount);
    expect(all).toBeGreaterThan(COMMUNE_TOP);
    const top = await statsOf(`campaign=${OLD_CAMPAIGN.slug}`);
    expect(top.stats.communeCount).toBe(all);
    expect(top.stats.byCommune).toHaveLength(COMMUNE_TOP);
    expect(top.stats.byCommune[0]!.count).toBe(OLD_CAMPAIGN.busiestCommuneCount);
    const full = await statsOf(`campaign=${OLD_CAMPAIGN.slug}&communes=all`);
    expect(full.stats.byCommune).toHaveLength(all);
    expect(full.stats.byCommune.reduce((s, r) => s + r.count, 0)).toBe(full.stats.total);
  });
});

describe('parameters the database refutes', () => {
  it.each([
    ['from=2019', 'Năm 2019 nằm ngoài giai đoạn 2021–2025 của phong trào “Chung tay vì người nghèo 2021–2025”.'],
    ['to=2026', 'Năm 2026 nằm ngoài giai đoạn 2021–2025 của phong trào “Chung tay vì người nghèo 2021–2025”.'],
    ['to=2020', 'Năm 2020 nằm ngoài giai đoạn 2021–2025 của phong trào “Chung tay vì người nghèo 2021–2025”.'],
    [`campaign=${OLD_CAMPAIGN.slug}&from=2021`, `Năm 2021 nằm ngoài giai đoạn 2016–2020 của phong trào “${OLD_CAMPAIGN.shortName}”.`],
    ['campaign=khong-co', 'Không tìm thấy phong trào thi đua có mã “khong-co”.'],
    ['commune=99999', 'Không tìm thấy xã, phường có mã này.'],
    ['commune=2025:25232', 'Không tìm thấy xã, phường có mã này.'],
    ['district=999', 'Không tìm thấy quận, huyện có mã này.'],
    ['province=2024:99', 'Không tìm thấy tỉnh, thành phố có mã này.'],
  ])('“%s” gives a message and no numbers', async (query, message) => {
    const result = await getExampleStats(database.db, paramsOf(query));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(message);
    expect(result).not.toHaveProperty('stats');
  });
});
