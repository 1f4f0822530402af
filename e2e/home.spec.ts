import { expect, test } from '@playwright/test';
import { readJson } from './api';
import { expectNoAxeViolations } from './fixtures';

test('the home page speaks Vietnamese and shows the campaign and latest examples', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cả nước chung tay vì người nghèo');
  await expect(page.getByRole('heading', { name: 'Điển hình mới được công nhận' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the health check answers without the database, the readiness check after a real query', async ({ request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await readJson<{ status: string }>(health)).toEqual({ status: 'ok' });
  const ready = await request.get('/api/ready');
  expect(ready.status()).toBe(200);
  const body = await readJson<{ status: string; database: string }>(ready);
  expect(body.status).toBe('ready');
  expect(['pglite', 'postgres']).toContain(body.database);
});

test('an unknown page is a Vietnamese 404', async ({ page }) => {
  const response = await page.goto('/khong-co-trang-nay');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
});
