import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/domain/actor';
import { parseCsv } from '@/lib/export/csv';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { REPORT_CAMPAIGN, seedReportWorld, type ReportWorld } from './fixture';

// The session comes from request cookies in the app; here the test says who is asking.
const session = vi.hoisted(() => ({ user: null as SessionUser | null, denials: [] as { what: string; detail: unknown }[] }));
vi.mock('@/lib/auth/current-user', () => ({
  getCurrentUser: async () => session.user,
  auditDenial: async (_user: unknown, what: string, detail: unknown) => {
    session.denials.push({ what, detail });
  },
}));

const { setDatabase } = await import('@/db/index');
const xlsxRoute = await import('@/app/(workspace)/review/reports/xlsx/route');
const csvRoute = await import('@/app/(workspace)/review/reports/csv/route');

let database: TestDatabase;
let world: ReportWorld;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  world = await seedReportWorld(database.db);
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});
beforeEach(() => {
  session.user = null;
  session.denials = [];
});

const get = (route: { GET: (r: Request) => Promise<Response> }, query: string) => route.GET(new Request(`http://localhost/review/reports/x?${query}`));

describe('who may download', () => {
  it('anonymous visitors get 401 with a Vietnamese message', async () => {
    const res = await get(xlsxRoute, '');
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('Vui lòng đăng nhập để tiếp tục.');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('unit members get 403, and the denial is audited', async () => {
    session.user = world.people.memberA;
    for (const route of [xlsxRoute, csvRoute]) {
      const res = await get(route, '');
      expect(res.status).toBe(403);
      expect(await res.text()).toBe('Bạn không có quyền thực hiện thao tác này.');
    }
    expect(session.denials.map((d) => d.what)).toEqual(['season_report_export', 'season_report_export']);
  });

  it('a reviewer asking for an area outside their scope gets 403, no data, and an audit row', async () => {
    session.user = world.people.reviewerIn;
    const res = await get(csvRoute, 'area=689');
    expect(res.status).toBe(403);
    expect(await res.text()).toMatch(/ngoài phạm vi bạn được giao thẩm định \(Huyện Bù Gia Mập\)/);
    expect(session.denials).toEqual([{ what: 'season_report_export', detail: { format: 'csv', area: '689' } }]);
  });

  it('bad parameters get 400 with the message', async () => {
    session.user = world.people.admin;
    const res = await get(xlsxRoute, `campaign=${REPORT_CAMPAIGN.slug}&year=2030`);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Năm báo cáo phải nằm trong thời gian của phong trào (2022–2024).');
    expect((await get(csvRoute, 'table=everything')).status).toBe(400);
  });
});

describe('downloads', () => {
  it('the Excel file is an attachment with a safe name, not cached, holding the reviewer’s figures', async () => {
    session.user = world.people.reviewerIn;
    const res = await get(xlsxRoute, `campaign=${REPORT_CAMPAIGN.slug}&year=2023&area=691`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-2023-huyen-bu-gia-map.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo 2023 - Huyện Bù Gia Mập.xlsx')}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const byUnit = workbook.getWorksheet('Theo đơn vị')!;
    const names: string[] = [];
    byUnit.eachRow((row, n) => n > 3 && names.push(String(row.getCell(1).value)));
    expect(names.slice(0, 3)).toEqual(['Hội Nông dân huyện Bù Gia Mập', 'UBND xã Phú Nghĩa', 'Tổng cộng']);
    expect(names).not.toContain('Phòng Nội vụ thành phố Đồng Xoài');
  });

  it('the CSV of the Đồng Xoài reviewer holds Đồng Xoài only', async () => {
    session.user = world.people.reviewerOut;
    const res = await get(csvRoute, `campaign=${REPORT_CAMPAIGN.slug}&year=2023&table=commune`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="bao-cao-2023-thanh-pho-dong-xoai-theo-xa\.csv"; filename\*=UTF-8''/);
    const rows = parseCsv(await res.text());
    expect(rows.slice(1).map((r) => r[1] || r[0])).toEqual(['Phường Tân Phú', 'Tổng cộng']);
  });
});
