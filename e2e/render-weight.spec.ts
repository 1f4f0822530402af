import { expect, test, type Page } from '@playwright/test';

// What an example page weighs (issue 20, docs/render-profile.md): the site frame written once into the RSC
// payload, the largest paint fetched first, and a missing example shown inside one site frame.

async function openCattleBank(page: Page): Promise<string> {
  await page.goto('/examples?q=ngan+hang+bo+phu+nghia');
  await page.locator('main article h3 a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ngân hàng bò');
  return new URL(page.url()).pathname;
}

const count = (text: string, part: string) => text.split(part).length - 1;

test('an example page carries the site header and footer once in its HTML and once in its RSC payload', async ({ page, request }) => {
  const path = await openCattleBank(page);
  // As Next renders it (for a crawler; anonymous visitors get it without Next, e2e/plain-pages.spec.ts).
  const html = await (await request.get(path, { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } })).text();
  // The not-found and forbidden boundaries of the root layout are in the payload too, but refer to the
  // page's own header and footer (components/layout/site-header.tsx): before, each had its own copy.
  expect(count(html, 'Điều hướng chính')).toBe(2);
  expect(count(html, 'Danh mục đơn vị hành chính')).toBe(2);
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(1);
  // The 401 boundary is ours, in Vietnamese: Next's English default page was in the payload twice.
  expect(html).not.toContain('not authorized');
});

test('the first photo of an example is fetched at once and with priority, the others when scrolled to', async ({ page }) => {
  await openCattleBank(page);
  const photos = page.getByRole('region', { name: 'Hình ảnh' }).locator('img');
  await expect(photos.first()).toHaveAttribute('fetchpriority', 'high');
  await expect(photos.first()).toHaveAttribute('loading', 'eager');
  await expect(photos.first()).toHaveAttribute('sizes', /100vw/);
  const rest = await photos.evaluateAll((imgs) => imgs.slice(1).map((img) => img.getAttribute('loading')));
  expect(rest.every((loading) => loading === 'lazy')).toBe(true);
});

test('a missing example is a 404 drawn inside one site header and footer', async ({ page }) => {
  const response = await page.goto('/examples/khong-co-dien-hinh-nay');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toHaveCount(1);
  await expect(page.locator('footer')).toHaveCount(1);
});
