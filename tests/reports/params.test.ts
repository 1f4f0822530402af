import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/domain/actor';
import { attachmentDisposition, readableFileName, reportFileBase, reportTitle } from '@/lib/reports/naming';
import { resolveReportParams } from '@/lib/reports/params';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { OLD_CAMPAIGN, REPORT_CAMPAIGN, seedReportWorld, type ReportWorld } from './fixture';

let database: TestDatabase;
let world: ReportWorld;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  world = await seedReportWorld(database.db);
});
afterAll(() => database.dispose());

const resolve = (user: SessionUser, params: Record<string, string>, now?: Date) => resolveReportParams(database.db, user, params, now);

async function refusal(user: SessionUser, params: Record<string, string>) {
  const result = await resolve(user, params);
  if (result.ok) throw new Error(`expected a refusal for ${JSON.stringify(params)}`);
  return result;
}

describe('defaults', () => {
  it('a reviewer gets the newest campaign, its latest year with nominations in scope, and their whole scope', async () => {
    const result = await resolve(world.people.reviewerIn, {});
    expect(result).toMatchObject({
      ok: true,
      report: { campaign: { slug: REPORT_CAMPAIGN.slug }, year: 2023, area: null, areaParam: '', areaLabel: 'Huyện Bù Gia Mập', table: 'commune' },
    });
  });

  it('an admin gets every area', async () => {
    expect(await resolve(world.people.admin, {})).toMatchObject({ ok: true, report: { year: 2023, areaLabel: 'Tất cả địa bàn' } });
  });

  it('a campaign without nominations falls back to this year, kept inside the campaign', async () => {
    const at = (iso: string) => resolve(world.people.admin, { campaign: OLD_CAMPAIGN.slug }, new Date(iso));
    expect(await at('2026-03-01T00:00:00Z')).toMatchObject({ ok: true, report: { year: 2018 } });
    expect(await at('2017-06-01T00:00:00Z')).toMatchObject({ ok: true, report: { year: 2017 } });
    expect(await at('2010-06-01T00:00:00Z')).toMatchObject({ ok: true, report: { year: 2016 } });
    // 31/12/2016 17:30 UTC is already 2017 in Vietnam.
    expect(await at('2016-12-31T17:30:00Z')).toMatchObject({ ok: true, report: { year: 2017 } });
  });
});

describe('refusals, in Vietnamese', () => {
  it('an unknown or malformed campaign', async () => {
    expect((await refusal(world.people.admin, { campaign: 'khong-co-phong-trao-nay' })).message).toBe('Không tìm thấy phong trào thi đua đã chọn.');
    expect((await refusal(world.people.admin, { campaign: 'Không hợp lệ!' })).message).toBe('Mã phong trào thi đua không hợp lệ.');
  });

  it('a year outside the campaign or not a year', async () => {
    expect((await refusal(world.people.admin, { campaign: REPORT_CAMPAIGN.slug, year: '2025' })).message).toBe(
      'Năm báo cáo phải nằm trong thời gian của phong trào (2022–2024).',
    );
    expect((await refusal(world.people.admin, { year: 'hai nghìn' })).message).toBe('Năm báo cáo không hợp lệ.');
    expect((await refusal(world.people.admin, { year: '2023.5' })).message).toBe('Năm báo cáo không hợp lệ.');
  });

  it('an area that is not a province or old district, or is not on the map', async () => {
    expect((await refusal(world.people.admin, { area: '25267' })).message).toMatch(/^Địa bàn phải là mã một tỉnh/);
    expect((await refusal(world.people.admin, { area: "70' or 1=1" })).message).toMatch(/^Địa bàn phải là mã một tỉnh/);
    for (const area of ['999', '2025:691', '2025:70']) {
      expect((await refusal(world.people.admin, { area })).message).toBe('Không tìm thấy địa bàn đã chọn trong danh mục hành chính.');
    }
  });

  it('an area outside the reviewer’s scope, naming the scope', async () => {
    for (const area of ['689', '70', '2025:75']) {
      const r = await refusal(world.people.reviewerIn, { area });
      expect(r.reason).toBe('out_of_scope');
      expect(r.message).toBe('Địa bàn đã chọn nằm ngoài phạm vi bạn được giao thẩm định (Huyện Bù Gia Mập), nên không có số liệu.');
    }
    expect((await refusal(world.people.reviewerOut, { area: '691' })).reason).toBe('out_of_scope');
  });

  it('a reviewer without a scope, and a bad table', async () => {
    expect((await refusal(world.people.reviewerNoScope, {})).message).toMatch(/chưa được giao địa bàn/);
    expect((await refusal(world.people.admin, { table: 'all' })).message).toMatch(/^Bảng cần tải/);
  });
});

describe('areas inside the scope', () => {
  it('a district reviewer may name their own district in either spelling', async () => {
    for (const area of ['691', '2024:691']) {
      expect(await resolve(world.people.reviewerIn, { area })).toMatchObject({
        ok: true,
        report: { area: { tree: '2024', code: '691', level: 2 }, areaParam: '2024:691' },
      });
    }
  });

  it('a reviewer of the new province may name the old districts and provinces it absorbed', async () => {
    for (const area of ['691', '689', '2024:70', '75', '2025:75']) {
      expect((await resolve(world.people.reviewerNew, { area })).ok).toBe(true);
    }
    // A bare province code means the current province.
    expect(await resolve(world.people.reviewerNew, { area: '75' })).toMatchObject({
      ok: true,
      report: { area: { tree: '2025' }, areaLabel: 'Tỉnh Đồng Nai (địa giới từ 01/07/2025)' },
    });
  });

  it('an admin may name any area on the map', async () => {
    expect(await resolve(world.people.admin, { area: '70', year: '2023' })).toMatchObject({
      ok: true,
      report: { area: { tree: '2024', code: '70', level: 1 }, year: 2023 },
    });
  });
});

describe('titles and file names', () => {
  it('name the campaign once', () => {
    const demo = 'Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau';
    expect(reportTitle({ campaignName: demo, year: 2023 })).toBe(`Báo cáo tổng hợp gương điển hình năm 2023 – Phong trào “${demo}”`);
    expect(reportTitle({ campaignName: 'Phong trào thi đua Vì người nghèo', year: 2024 })).toBe(
      'Báo cáo tổng hợp gương điển hình năm 2024 – Phong trào thi đua Vì người nghèo',
    );
  });

  it('are ASCII with a UTF-8 original alongside', () => {
    const heading = { year: 2023, areaLabel: 'Huyện Bù Gia Mập' };
    expect(`${reportFileBase(heading)}.xlsx`).toBe('bao-cao-2023-huyen-bu-gia-map.xlsx');
    expect(`${reportFileBase({ year: 2024, areaLabel: 'Tỉnh Đồng Nai (địa giới từ 01/07/2025)' }, 'unit')}.csv`).toBe(
      'bao-cao-2024-tinh-dong-nai-theo-don-vi.csv',
    );
    const header = attachmentDisposition('bao-cao-2023-huyen-bu-gia-map.xlsx', readableFileName(heading, 'xlsx'));
    expect(header).toBe(
      `attachment; filename="bao-cao-2023-huyen-bu-gia-map.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo 2023 - Huyện Bù Gia Mập.xlsx')}`,
    );
    const hostile = attachmentDisposition('a"b\r\n.csv', 'x"\r\n(y)\'*.csv');
    expect(hostile).not.toMatch(/[\r\n]/);
    expect(hostile.match(/"/g)).toHaveLength(2);
    expect(hostile.split("UTF-8''")[1]).toMatch(/^[A-Za-z0-9%._~!-]+$/);
  });
});
