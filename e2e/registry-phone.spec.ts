import { expect, test, type Page } from '@playwright/test';
import { readJson, type ExamplesPage } from './api';
import { expectNoAxeViolations } from './fixtures';

// A small Android phone: the width the filters are folded for, and a short first screen.
test.use({ viewport: { width: 360, height: 740 } });
// Page loads and axe runs are slow on a 2-core machine with the server on it.
test.describe.configure({ timeout: 60_000 });

const summary = (page: Page) => page.locator('#bo-loc summary');
const details = (page: Page) => page.locator('#bo-loc details');

test('at 360 px the first result is on the first screen, the filters folded under a summary', async ({ page }) => {
  await page.goto('/examples');
  await expect(page.getByLabel('Tìm kiếm')).toBeInViewport();
  await expect(summary(page)).toHaveText('Bộ lọc');
  await expect(details(page)).not.toHaveAttribute('open');
  await expect(page.getByLabel('Năm', { exact: true })).toBeHidden();
  const first = page.locator('main article').first();
  await expect(first).toBeInViewport();
  // Not just a sliver: the picture and the start of the text are in view.
  const box = (await first.boundingBox())!;
  expect(box.y).toBeLessThan(740 / 2 + 100);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoAxeViolations(page);
});

test('the summary says how many filters besides the words are in use', async ({ page }) => {
  await page.goto('/examples?q=bo&year=2024&district=691');
  await expect(summary(page)).toHaveText('Bộ lọc (2 đang chọn)');
  await expect(page.locator('main article').first()).toBeInViewport();
  await page.goto('/examples?q=bo');
  await expect(summary(page)).toHaveText('Bộ lọc');
});

test('the folded filters open and work: a year, then a province that reopens them for the next step', async ({ page, request }) => {
  await page.goto('/examples');
  await summary(page).click();
  await expect(details(page)).toHaveAttribute('open', '');
  await expect(page.getByLabel('Năm', { exact: true })).toBeVisible();
  await Promise.all([page.waitForURL(/year=2023/), page.getByLabel('Năm', { exact: true }).selectOption('2023')]);
  await expect(summary(page)).toHaveText('Bộ lọc (1 đang chọn)');
  const api = await readJson<ExamplesPage>(request.get('/api/v1/examples?year=2023&limit=100'));
  await expect(page.getByRole('heading', { name: `${api.total} điển hình` })).toBeVisible();
  // A year narrows nothing further inside the panel, so it folds again and the results show.
  await expect(page.getByLabel('Năm', { exact: true })).toBeHidden();

  await summary(page).click();
  await Promise.all([page.waitForURL(/province=2024/), page.getByLabel('Tỉnh, thành phố').selectOption('2024:70')]);
  await expect(summary(page)).toHaveText('Bộ lọc (2 đang chọn)');
  await expect(page.getByLabel(/Quận, huyện/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('picking a commune from the finder by touch filters the list to that old commune', async ({ page, request }) => {
  await page.goto('/examples');
  await summary(page).click();
  const box = page.getByRole('combobox', { name: 'Tìm xã, phường' });
  await box.fill('phu nghia');
  const old = page.getByRole('option', { name: /Xã Phú Nghĩa.*trước 01\/07\/2025/ });
  await expect(old).toBeInViewport();
  await Promise.all([page.waitForURL(/commune=2024(%3A|:)25267/), old.click()]);
  const api = await readJson<ExamplesPage>(request.get('/api/v1/examples?commune=2024:25267&limit=100'));
  await expect(page.getByRole('heading', { name: `${api.total} điển hình` })).toBeVisible();
  await expect(summary(page)).toHaveText('Bộ lọc (1 đang chọn)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the summary still opens the filters, the selects and the button still filter, and no finder is offered', async ({ page }) => {
    await page.goto('/examples');
    await expect(page.locator('main article').first()).toBeInViewport();
    await summary(page).click();
    await expect(page.getByLabel('Năm', { exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Tìm xã, phường' })).toHaveCount(0);
    await page.getByLabel(/Quận, huyện/).selectOption('691');
    await page.getByLabel('Năm', { exact: true }).selectOption('2023');
    await Promise.all([page.waitForURL(/district=691.*year=2023|year=2023.*district=691/), page.getByRole('button', { name: 'Áp dụng' }).click()]);
    await expect(summary(page)).toHaveText('Bộ lọc (2 đang chọn)');
  });
});
