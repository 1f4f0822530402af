import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSeasonReport } from '@/db/queries/reports';
import { parseCsv } from '@/lib/export/csv';
import type { ReportHeading, SeasonReport } from '@/lib/domain/reports';
import { seasonCsvStream } from '@/lib/reports/csv';
import { seasonXlsxStream } from '@/lib/reports/xlsx';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { REPORT_CAMPAIGN, seedReportWorld } from './fixture';

let database: TestDatabase;
let report: SeasonReport;
// 23:30 on 14/03/2024 UTC is already 15/03/2024 in Vietnam.
const heading: ReportHeading = { campaignName: REPORT_CAMPAIGN.name, year: 2023, areaLabel: 'Huyện Bù Gia Mập', producedAt: new Date('2024-03-14T23:30:00Z') };

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const world = await seedReportWorld(database.db);
  report = await getSeasonReport(database.db, { user: world.people.reviewerIn, campaignId: world.campaignId, year: 2023, area: null });
});
afterAll(() => database.dispose());

describe('the Excel workbook', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    // The package's Buffer type predates Node's generic Buffer.
    await workbook.xlsx.load((await bytesOf(seasonXlsxStream(report, heading))) as unknown as ExcelJS.Buffer);
  });

  it('has the three sheets, titled with the campaign, year, area and the Vietnamese date produced', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo xã', 'Theo đơn vị', 'Theo cấp xét duyệt']);
    const sheet = workbook.getWorksheet('Theo xã')!;
    const title = String(sheet.getCell('A1').value);
    expect(title).toContain(REPORT_CAMPAIGN.name);
    expect(title).toContain('2023');
    expect(String(sheet.getCell('A2').value)).toContain('Địa bàn: Huyện Bù Gia Mập');
    expect(String(sheet.getCell('A2').value)).toContain('Lập ngày 15/03/2024');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
  });

  it('freezes the header, sizes the columns and writes Vietnamese headers', () => {
    const sheet = workbook.getWorksheet('Theo xã')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'Mã xã',
      'Xã, phường, thị trấn',
      'Huyện (trước 01/07/2025)',
      'Tỉnh',
      'Địa giới',
      'Đã gửi',
      'Từng bị trả lại',
      'Được công nhận',
      'Không công nhận',
      'Được khen thưởng',
      'Đang chờ thẩm định',
      'Hộ thoát nghèo',
      'Hộ cận nghèo được hỗ trợ',
      'Hộ hưởng lợi',
      'Trong đó hộ dân tộc thiểu số',
      'Việc làm tạo ra',
      'Đóng góp (đồng)',
    ]);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(sheet.getColumn(17).width).toBeGreaterThanOrEqual(14);
    expect(workbook.getWorksheet('Theo đơn vị')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('holds the figures as numbers with a thousands format, and a bold total row', () => {
    const sheet = workbook.getWorksheet('Theo xã')!;
    // Rows 4–6: Đa Kia (old), Phú Nghĩa, Đa Kia (new); row 7 the total.
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      '25267',
      'Xã Phú Nghĩa',
      'Huyện Bù Gia Mập',
      'Tỉnh Bình Phước',
      'địa giới trước 01/07/2025',
      3,
      1,
      2,
      0,
      1,
      1,
      13,
      7,
      37,
      12,
      9,
      170_000_000,
    ]);
    expect(sheet.getCell('Q4').value).toBe(5_000_000_000);
    expect(sheet.getCell('Q4').numFmt).toBe('#,##0');
    expect(sheet.getCell('G5').numFmt).toBe('#,##0');
    expect(sheet.getCell('B5').numFmt).toBeUndefined();
    const total = sheet.getRow(7);
    expect(total.getCell(1).value).toBe('Tổng cộng');
    expect(total.values).toEqual([undefined, 'Tổng cộng', undefined, undefined, undefined, undefined, 7, 2, 4, 1, 2, 1, 19, 7, 39, 12, 9, 5_170_000_000]);
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(total.getCell(17).font?.bold).toBe(true);
    expect(sheet.getRow(6).getCell(7).font?.bold).toBeFalsy();
  });

  it('has the per-unit sheet and the definitions under the tables', () => {
    const sheet = workbook.getWorksheet('Theo đơn vị')!;
    expect(sheet.getRow(4).values).toEqual([undefined, 'Hội Nông dân huyện Bù Gia Mập', 4, 1, 3, 0, 1, 1, 15, 7, 39, 12, 9, 170_000_000]);
    expect(sheet.getRow(6).values).toEqual([undefined, 'Tổng cộng', 7, 2, 4, 1, 2, 1, 19, 7, 39, 12, 9, 5_170_000_000]);
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')));
    expect(texts).toContain('Cách tính:');
    expect(texts.some((t) => t.includes('gỡ công bố'))).toBe(true);
  });
});

describe('streaming', () => {
  it('sends a large workbook in many chunks instead of one finished file', async () => {
    const row = report.byCommune[0]!;
    const big: SeasonReport = { ...report, byCommune: Array.from({ length: 5000 }, (_, i) => ({ ...row, code: String(30000 + i) })) };
    const reader = seasonXlsxStream(big, heading).getReader();
    let chunks = 0;
    let bytes = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      chunks += 1;
      bytes += next.value.length;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(bytes).toBeGreaterThan(50_000);
  });
});

describe('the CSV files', () => {
  it('start with the UTF-8 BOM and round-trip Vietnamese text', async () => {
    const bytes = await bytesOf(seasonCsvStream(report, 'commune'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]!.slice(0, 7)).toEqual(['Mã xã', 'Xã, phường, thị trấn', 'Huyện (trước 01/07/2025)', 'Tỉnh', 'Địa giới', 'Đã gửi', 'Từng bị trả lại']);
    expect(rows[2]).toEqual([
      '25267',
      'Xã Phú Nghĩa',
      'Huyện Bù Gia Mập',
      'Tỉnh Bình Phước',
      'địa giới trước 01/07/2025',
      '3',
      '1',
      '2',
      '0',
      '1',
      '1',
      '13',
      '7',
      '37',
      '12',
      '9',
      '170000000',
    ]);
    expect(rows[3]![1]).toBe('Xã Đa Kia');
    expect(rows[3]![1]).toBe(rows[3]![1]!.normalize('NFC'));
    expect(rows.at(-1)).toEqual(['Tổng cộng', '', '', '', '', '7', '2', '4', '1', '2', '1', '19', '7', '39', '12', '9', '5170000000']);
    expect(rows).toHaveLength(1 + 3 + 1);
  });

  it('has a per-unit table with the same totals', async () => {
    const rows = parseCsv((await bytesOf(seasonCsvStream(report, 'unit'))).toString('utf8'));
    expect(rows[0]![0]).toBe('Đơn vị giới thiệu');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['Hội Nông dân huyện Bù Gia Mập', 'UBND xã Phú Nghĩa', 'Tổng cộng']);
    expect(rows.at(-1)!.slice(1)).toEqual(['7', '2', '4', '1', '2', '1', '19', '7', '39', '12', '9', '5170000000']);
  });
});
