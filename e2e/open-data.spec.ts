import { expect, test } from '@playwright/test';
import { parseCsv } from '../lib/export/csv';
import { readJson, type ApiErrorBody, type ExamplesExport, type ExamplesPage } from './api';
import { expectNoAxeViolations } from './fixtures';

test('the open-data page offers the whole registry as CSV and JSON, with the same items as the API', async ({ page, request }) => {
  await page.goto('/open-data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dữ liệu mở');
  await expect(page.getByText(/CC BY 4\.0/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /CSV/ }).first().click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);

  const filter = 'district=691&year=2023';
  const csv = await request.get(`/api/v1/examples.csv?${filter}`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text);
  const slugColumn = header!.indexOf('slug');
  const titleColumn = header!.indexOf('title');

  const api = await readJson<ExamplesPage>(request.get(`/api/v1/examples?${filter}&limit=100`));
  expect(api.total).toBeGreaterThan(0);
  expect(rows.map((r) => r[slugColumn]).sort()).toEqual(api.items.map((i: { slug: string }) => i.slug).sort());
  // Vietnamese text survives the round trip, composed (NFC).
  const titles = new Map(api.items.map((i: { slug: string; title: string }) => [i.slug, i.title]));
  for (const row of rows) expect(row[titleColumn]).toBe(titles.get(row[slugColumn]!));

  const json = await readJson<ExamplesExport>(request.get(`/api/v1/examples.json?${filter}`));
  expect(json.licence).toBeTruthy();
  expect(json.items.map((i: { slug: string }) => i.slug).sort()).toEqual(api.items.map((i: { slug: string }) => i.slug).sort());
});

test('a bad export filter is answered 400 in Vietnamese', async ({ request }) => {
  const res = await request.get('/api/v1/examples.csv?year=abc');
  expect(res.status()).toBe(400);
  expect((await readJson<ApiErrorBody>(res)).error.message).toBe('Năm không hợp lệ');
});
