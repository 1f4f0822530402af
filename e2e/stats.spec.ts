import { expect, test, type Page } from '@playwright/test';
import { DEMO_NOMINATIONS } from '../db/seed/demo-nominations';
import { readJson, type ExamplesPage } from './api';
import { expectNoAxeViolations } from './fixtures';

const number = (text: string) => Number(text.replace(/\./g, '').trim());

async function headline(page: Page, label: string): Promise<number> {
  const figure = page
    .getByRole('region', { name: 'Số liệu chính' })
    .locator('div')
    .filter({ has: page.getByText(label, { exact: true }) });
  return number(await figure.locator('dd').innerText());
}

test('a citizen picks the new commune Đa Kia and the totals include old Phước Minh and Bình Thắng', async ({ page, request }) => {
  test.setTimeout(60_000);
  await page.goto('/stats');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thống kê');
  await expectNoAxeViolations(page);

  const box = page.getByRole('combobox', { name: 'Tìm xã, phường' });
  await box.pressSequentially('da kia', { delay: 40 });
  const option = page.getByRole('listbox').getByRole('option', { name: /Xã Đa Kia.*Tỉnh Đồng Nai.*từ 01\/07\/2025/ });
  await expect(option).toBeVisible();
  await Promise.all([page.waitForURL(/commune=2025(%3A|:)25231/), option.click()]);

  // The list page and the API, asked the same question, give the same numbers.
  const api = await readJson<ExamplesPage>(request.get('/api/v1/examples?commune=2025:25231&limit=100'));
  const recordedUnder = new Set(api.items.map((i) => i.commune.code));
  expect(recordedUnder.has('25232')).toBe(true);
  expect(recordedUnder.has('25234')).toBe(true);
  const demoApproved = DEMO_NOMINATIONS.filter((n) => n.status === 'approved' && ['25231', '25232', '25234'].includes(n.communeCode));
  expect(api.total).toBeGreaterThanOrEqual(demoApproved.length);

  expect(await headline(page, 'điển hình được công nhận')).toBe(api.total);
  expect(await headline(page, 'hộ thoát nghèo')).toBe(api.items.reduce((sum, i) => sum + (i.impact.householdsEscaped ?? 0), 0));
  const byCommune = page.getByRole('table', { name: /theo xã, phường như khi ghi nhận/ });
  await expect(byCommune).toContainText('Xã Phước Minh');
  await expect(byCommune).toContainText('Xã Bình Thắng');
  await expectNoAxeViolations(page);
});

test('an impossible range is refused in Vietnamese, without numbers', async ({ page }) => {
  await page.goto('/stats?from=2025&to=2021');
  await expect(page.getByRole('alert').filter({ hasText: 'Năm bắt đầu (2025) sau năm kết thúc (2021)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Số liệu chính' })).toHaveCount(0);
});
