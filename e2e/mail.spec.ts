import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { PERSONAS, signIn } from './auth-helpers';

test('a person chooses a daily digest on their account page, and it stays chosen', async ({ page }) => {
  await signIn(page, PERSONAS.reviewerOut);
  await page.goto('/account');
  const form = page.getByRole('form', { name: 'Thư thông báo' });
  await expect(form.getByLabel('Ngay khi có thông báo')).toBeChecked();
  await form.getByLabel('Tóm tắt hằng ngày (một thư lúc 7 giờ sáng)').check();
  await form.getByRole('button', { name: 'Lưu cách nhận thư' }).click();
  await expect(form.getByRole('status')).toHaveText('Đã lưu: tóm tắt hằng ngày (một thư lúc 7 giờ sáng).');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Thư thông báo' }).getByLabel('Tóm tắt hằng ngày (một thư lúc 7 giờ sáng)')).toBeChecked();
  await expectNoAxeViolations(page);
});

test('an admin mails a set-up link without seeing it, and the outbox shows the waiting mail', async ({ page }) => {
  await signIn(page, PERSONAS.admin);
  await page.goto(`/admin?q=${encodeURIComponent(PERSONAS.memberB)}`);
  await page.getByRole('row').filter({ hasText: PERSONAS.memberB }).getByRole('link').first().click();
  const form = page.getByRole('form', { name: 'Gửi đường dẫn đặt mật khẩu qua e-mail' });
  await form.getByRole('button', { name: 'Gửi qua e-mail' }).click();
  await expect(form.getByRole('status')).toContainText(`gửi tới ${PERSONAS.memberB}`);
  await expect(page.locator('body')).not.toContainText('/setup/');

  await page.goto('/admin/outbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hộp thư đi');
  // The e2e server has no SMTP_URL: the mail waits here.
  await expect(page.getByText('Chưa cấu hình máy chủ thư (SMTP_URL)')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: PERSONAS.memberB }).filter({ hasText: 'Đường dẫn đặt mật khẩu' }).first();
  await expect(row).toContainText('Chờ gửi');
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: '[Gương sáng] Đường dẫn đặt mật khẩu' }).click();
  await expect(page.getByText(/\/setup\/[A-Za-z0-9_-]{20,}/)).toBeVisible();
});
