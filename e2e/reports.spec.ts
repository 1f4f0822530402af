import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { parseCsv } from '../lib/export/csv';
import { METRIC_KEYS, TOTAL_LABEL } from '../lib/domain/reports';
import { PERSONAS, signIn } from './auth-helpers';
import { expectNoAxeViolations } from './fixtures';

/** "1.234.567" as shown on the page → 1234567. */
const number = (text: string) => Number(text.replace(/\./g, '').trim());

async function totalRow(table: Locator): Promise<number[]> {
  const cells = await table.locator('tfoot td').allTextContents();
  return cells.map(number);
}

test('a reviewer downloads the 2023 report for Bù Gia Mập and the files hold the totals on the page', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, PERSONAS.reviewerIn);
  await page.getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page).toHaveURL(/\/review\/reports/);

  const form = page.getByRole('form', { name: 'Chọn phạm vi báo cáo' });
  // The 2026–2030 period is the default now; 2023 belongs to 2021–2025.
  await form.getByLabel('Phong trào thi đua').selectOption('chung-tay-vi-nguoi-ngheo-2021-2025');
  await form.getByLabel('Năm').selectOption('2023');
  await form.getByLabel('Địa bàn').selectOption('2024:691');
  await form.getByRole('button', { name: 'Xem báo cáo' }).click();
  await expect(page).toHaveURL(/year=2023/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2023');

  const communeTable = page.getByRole('table').first();
  const onPage = await totalRow(communeTable);
  expect(onPage).toHaveLength(METRIC_KEYS.length);
  expect(onPage[METRIC_KEYS.indexOf('submitted')]).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải Excel (.xlsx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/2023.*Bù Gia Mập.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Theo xã')!;
  expect(String(sheet.getCell('A1').value)).toContain('2023');
  let inFile: number[] | null = null;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === TOTAL_LABEL) inFile = values.slice(-METRIC_KEYS.length).map(Number);
  });
  expect(inFile).toEqual(onPage);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải CSV (theo xã)' }).click();
  const csvText = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const csvTotal = parseCsv(csvText).find((r) => r[0] === TOTAL_LABEL);
  expect(csvTotal?.slice(-METRIC_KEYS.length).map(Number)).toEqual(onPage);
});
