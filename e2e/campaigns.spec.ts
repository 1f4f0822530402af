import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { PERSONAS, signIn, signOut } from './auth-helpers';

// The earlier programme (2016–2020), recorded closed: it must not disturb the open 2021–2025 campaign
// that the other journeys nominate into.
const SHORT_NAME = `Chung tay vì người nghèo 2016–2020 (${Date.now().toString(36)})`;

test('an admin records a closed campaign; it lists, edits, and takes no nominations', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, PERSONAS.admin);
  await page.goto('/admin/campaigns');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phong trào thi đua');
  await page.getByRole('link', { name: 'Tạo phong trào' }).click();

  const form = page.getByRole('form', { name: 'Tạo phong trào thi đua' });
  await form.getByLabel('Tên phong trào').fill('Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau (giai đoạn trước)');
  await form.getByLabel('Tên ngắn').fill(SHORT_NAME);
  await form.getByLabel('Từ năm').fill('2020');
  await form.getByLabel('Đến năm').fill('2016');
  await form.getByLabel('Đang nhận hồ sơ').uncheck();
  await form.getByRole('button', { name: 'Tạo phong trào' }).click();
  // A reversed period is refused with a message by the field, and what was typed stays.
  await expect(form.getByText('Năm kết thúc không được trước năm bắt đầu.')).toBeVisible();
  await expect(form.getByLabel('Tên ngắn')).toHaveValue(SHORT_NAME);

  await form.getByLabel('Từ năm').fill('2016');
  await form.getByLabel('Đến năm').fill('2020');
  await form.getByRole('button', { name: 'Tạo phong trào' }).click();
  await expect(page).toHaveURL(/\/admin\/campaigns\?created=\d+/);
  const row = page.getByRole('row').filter({ hasText: SHORT_NAME });
  await expect(row).toContainText('2016–2020');
  await expect(row).toContainText('Đã đóng');
  await expectNoAxeViolations(page);

  await row.getByRole('link').first().click();
  const edit = page.getByRole('form', { name: 'Sửa phong trào thi đua' });
  await edit.getByLabel('Mô tả').fill('Giai đoạn 2016–2020, ghi lại để tra cứu.');
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page).toHaveURL(/\/admin\/campaigns\?updated=\d+/);
  await expect(page.getByText(/Đã lưu thay đổi của phong trào/)).toBeVisible();
  await signOut(page);

  // A unit cannot nominate into a closed campaign: it is not offered.
  await signIn(page, PERSONAS.memberA);
  await page.goto('/nominations/new');
  await expect(page.getByLabel('Đợt thi đua')).toBeVisible();
  await expect(page.locator('select[name="campaignId"] option', { hasText: SHORT_NAME })).toHaveCount(0);
});
