import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';
import { PERSONAS, signIn, signOut } from '../auth-helpers';
import { expectNoAxeViolations } from '../fixtures';

/** A small drawn JPEG, as a phone camera would send one. */
async function photoFile(name: string) {
  const buffer = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 150, g: 120, b: 70 } } })
    .jpeg()
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

/** The unit (phunghia@) adds a photo to its pending update proposal through the plain upload form. */
export async function unitAddsUpdatePhoto(page: Page, title: string, caption: string) {
  await signIn(page, PERSONAS.memberA);
  await page.goto('/nominations');
  await page.getByRole('link', { name: title }).first().click();
  const section = page.getByRole('region', { name: 'Cập nhật điển hình đã công nhận' });
  await section.getByLabel('Thêm ảnh cho đề xuất').setInputFiles(await photoFile('vuon-dieu.jpg'));
  await section.getByLabel('Chú thích ảnh').fill(caption);
  await section.getByRole('button', { name: 'Tải ảnh lên' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm ảnh' })).toBeVisible();
  await expect(section.getByRole('img', { name: caption })).toBeVisible();
  await expect(section.getByText('Ảnh mới đề xuất (1/6)')).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);
}

/** The unit adds the optional photo to the follow-up it filed, before a reviewer confirms it. */
export async function unitAddsFollowUpPhoto(page: Page, title: string, year: number, caption: string) {
  await signIn(page, PERSONAS.memberA);
  await page.goto('/nominations?status=approved');
  await page.getByRole('link', { name: title }).first().click();
  await page.getByLabel(`Thêm ảnh cho báo cáo năm ${year} (không bắt buộc)`).setInputFiles(await photoFile('theo-doi.jpg'));
  const form = page.locator('form', { has: page.getByLabel(`Thêm ảnh cho báo cáo năm ${year} (không bắt buộc)`) });
  await form.getByLabel('Chú thích ảnh').fill(caption);
  await form.getByRole('button', { name: 'Tải ảnh lên' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm ảnh' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${year}\\b`) }).getByRole('img', { name: caption })).toBeVisible();
  await signOut(page);
}
