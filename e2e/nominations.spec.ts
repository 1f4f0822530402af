import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { DEMO_NOMINATIONS } from '../db/seed/demo-nominations';
import { PERSONAS, signIn, signOut } from './auth-helpers';
import { expectNoAxeViolations } from './fixtures';

async function photo(name: string, colour: { r: number; g: number; b: number }) {
  const path = join(tmpdir(), name);
  writeFileSync(
    path,
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: colour } })
      .jpeg()
      .toBuffer(),
  );
  return path;
}

test('a Phú Nghĩa officer prepares a household nomination, keeps it through a reload, submits and withdraws it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const title = `Hộ bà Thị Hằng thoát nghèo nhờ nuôi heo rừng lai (${testInfo.project.name} ${Date.now()})`;
  const story =
    'Năm 2021, gia đình bà Thị Hằng ở sóc Bom Bo còn là hộ nghèo, cả nhà sống nhờ vài sào điều cằn. ' +
    'Được Hội Phụ nữ xã giới thiệu vay 50 triệu đồng vốn chính sách, bà mua năm con heo rừng lai giống và học cách làm chuồng thông thoáng.\n\n' +
    'Sau ba năm, đàn heo lên hơn bốn mươi con; bà chia con giống cho ba hộ nghèo trong sóc và chỉ cách chăm sóc, nay cả ba hộ đã thoát nghèo.';
  await signIn(page, PERSONAS.memberA);
  await page.getByRole('link', { name: 'Lập hồ sơ mới' }).click();
  const form = page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' });
  await form.getByLabel('Loại điển hình').selectOption('household');
  await form.getByLabel('Lĩnh vực').selectOption('production');
  await form.getByLabel('Tên điển hình (tiêu đề)').fill(title);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);

  // Typed, then the page reloads before the autosave: nothing is lost.
  await form.getByLabel('Tên hộ (chủ hộ)').fill('Hộ bà Thị Hằng');
  await form
    .getByLabel('Tóm tắt (tối đa 500 ký tự)')
    .fill('Từ hộ nghèo, gia đình bà Thị Hằng vươn lên nhờ nuôi heo rừng lai và chia con giống cho các hộ trong sóc.');
  await form.getByLabel('Câu chuyện: đã làm gì, giúp hộ nghèo thế nào').fill(story);
  await page.reload();
  await expect(form.getByLabel('Tên hộ (chủ hộ)')).toHaveValue('Hộ bà Thị Hằng');
  await expect(form.getByLabel('Câu chuyện: đã làm gì, giúp hộ nghèo thế nào')).toHaveValue(story);
  await expect(page.getByText(/Đã khôi phục nội dung bạn nhập lúc/)).toBeVisible();

  await form.getByLabel('Dân tộc của chủ hộ').selectOption({ label: 'Xtiêng' });
  await form.getByLabel('Số hộ thoát nghèo').fill('3');
  await form.getByLabel('Số hộ hưởng lợi').fill('12');
  await form.getByLabel('Đóng góp (đồng)').fill('50.000.000');
  await form.getByLabel('Người được giới thiệu đồng ý công bố?').selectOption('yes');
  await form.getByLabel('Người đồng ý').fill('Thị Hằng');
  await form.getByLabel('Ngày đồng ý').fill('2025-03-02');
  await form.getByLabel('Hình thức').selectOption('signed_paper');
  await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });

  const photos = [await photo('heo-1.jpg', { r: 90, g: 140, b: 60 }), await photo('heo-2.jpg', { r: 150, g: 110, b: 70 })];
  await page.getByLabel(/Thêm ảnh/).setInputFiles(photos);
  await expect(page.getByRole('list', { name: 'Ảnh của hồ sơ' }).getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
  await expect(page.getByText('Đã gửi, chờ thẩm định').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' })).toHaveCount(0);
  await page.goto('/nominations?status=submitted');
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/nominations\/[0-9a-f-]{36}$/);
  // Until the page hydrates the button is disabled: a tap on a slow phone was lost, and nothing happened.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toMatch(/<button type="button" disabled=""[^>]*>Rút hồ sơ về để sửa<\/button>/);
  await page.getByRole('button', { name: 'Rút hồ sơ về để sửa' }).click();
  await expect(page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Rút hồ sơ về → Bản nháp')).toBeVisible();
});

test('another unit’s nomination cannot be opened by its id', async ({ page }) => {
  await signIn(page, PERSONAS.memberB);
  await page.goto('/nominations');
  const submitted = DEMO_NOMINATIONS.find((n) => n.key === 'clb-dieu-huu-co-binh-loi')!;
  const href = await page.getByRole('link', { name: submitted.title }).getAttribute('href');
  expect(href).toMatch(/^\/nominations\/[0-9a-f-]{36}$/);
  await signOut(page);
  await signIn(page, PERSONAS.memberA);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
});
