import { expect, test, type Page } from '@playwright/test';
import { DEMO_NOMINATIONS } from '../db/seed/demo-nominations';
import { expectNoAxeViolations } from './fixtures';

// Page loads and axe runs are slow on a 2-core machine with the server on it.
test.describe.configure({ timeout: 60_000 });

const inNotice = DEMO_NOMINATIONS.find((n) => n.status === 'in_notice')!;

/** A phone zooms out rather than scroll: the layout width then grows past the screen, so both are compared to it. */
async function expectNoSidewaysScroll(page: Page) {
  const screen = page.viewportSize()!.width;
  const widest = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth));
  expect(widest).toBeLessThanOrEqual(screen);
}

test('a newcomer finds the dossier in public notice from the menu, reads it and sees the form', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lấy ý kiến' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Công khai lấy ý kiến' })).toBeVisible();
  await expect(page.getByText(/đến hết ngày \d{2}\/\d{2}\/\d{4}/).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: inNotice.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: inNotice.title })).toBeVisible();
  await expect(page.getByText(inNotice.summary)).toBeVisible();
  const form = page.getByRole('form', { name: 'Góp ý, phản ánh' });
  await expect(form).toBeVisible();
  // The opinions already sent stay with the council.
  for (const objection of inNotice.objections ?? []) await expect(page.getByText(objection.content)).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
});

test('an opinion without name, contact or content is refused field by field, and nothing is lost', async ({ page }) => {
  await page.goto('/notices');
  await page.getByRole('link', { name: inNotice.title }).click();
  const form = page.getByRole('form', { name: 'Góp ý, phản ánh' });
  await form.getByLabel(/Nội dung/).fill('Nội dung tôi đã gõ');
  await form.getByLabel(/Số điện thoại hoặc email/).fill('12');
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(form.getByText('Vui lòng kiểm tra các ô được đánh dấu.')).toBeVisible();
  await expect(form.getByText('Vui lòng nhập họ và tên.')).toBeVisible();
  await expect(form.getByText(/số điện thoại hoặc email hợp lệ/)).toBeVisible();
  await expect(form.getByLabel(/Nội dung/)).toHaveValue('Nội dung tôi đã gõ');
  await expect(form.getByLabel(/Họ và tên/)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('the API lists the dossiers in notice', async ({ request }) => {
  const response = await request.get('/api/v1/notices');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { items: { title: string; url: string }[]; total: number };
  expect(body.items.map((i) => i.title)).toContain(inNotice.title);
  expect(body.total).toBe(body.items.length);
});
