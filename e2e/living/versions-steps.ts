import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { PERSONAS, signIn, signOut } from '../auth-helpers';
import { expectNoAxeViolations } from '../fixtures';

/**
 * The "updates as versions" journey, step by step, so that a longer journey can chain them. Each step
 * signs in and out itself; `axe` checks the pages the step shows.
 */
export interface VersionJourney {
  /** The approved example of Phú Nghĩa's unit the journey corrects, as first published. */
  title: string;
  slug: string;
  newTitle: string;
  householdsEscaped: string;
}

/** Hợp tác xã Đức Hạnh: approved, Phú Nghĩa's unit, never updated in the demo. */
export const DUC_HANH: VersionJourney = {
  title: 'Hợp tác xã Nông nghiệp Dịch vụ Đức Hạnh bao tiêu điều cho hộ nghèo',
  slug: 'hop-tac-xa-nong-nghiep-dich-vu-duc-hanh-bao-tieu-dieu-cho-ho-ngheo',
  newTitle: 'Hợp tác xã Đức Hạnh bao tiêu điều, mở rộng cho hộ nghèo ba thôn',
  householdsEscaped: '31',
};

export async function unitProposesUpdate(page: Page, j: VersionJourney, { axe = true } = {}) {
  await signIn(page, PERSONAS.memberA);
  await page.goto('/nominations');
  await page.getByRole('link', { name: j.title }).first().click();
  const section = page.getByRole('region', { name: 'Cập nhật điển hình đã công nhận' });
  await section.getByRole('button', { name: 'Đề xuất cập nhật' }).click();
  await section.getByLabel('Tên điển hình').fill(j.newTitle);
  await section.getByLabel('Hộ thoát nghèo').fill(j.householdsEscaped);
  await section.getByLabel(/Ghi chú cho cán bộ thẩm định/).fill('Hợp tác xã mở rộng bao tiêu sang hai thôn mới trong năm 2026.');
  if (axe) await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Gửi đề xuất cập nhật' }).click();
  // The page refreshes into the pending state.
  await expect(section.getByText(/Đề xuất cập nhật đang chờ duyệt/)).toBeVisible({ timeout: 20_000 });
  await expect(section.getByText(j.newTitle)).toBeVisible();
  await expect(section.getByRole('button', { name: 'Rút đề xuất' })).toBeVisible();
  await signOut(page);
}

export async function publicStillSeesOriginal(page: Page, j: VersionJourney) {
  await page.goto(`/examples/${j.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.title);
  await expect(page.getByText(/Cập nhật lần/)).toHaveCount(0);
}

export async function reviewerApprovesUpdate(page: Page, j: VersionJourney, { axe = true } = {}) {
  await signIn(page, PERSONAS.reviewerIn);
  await page.goto('/review');
  await page
    .getByRole('region', { name: /Đề xuất cập nhật điển hình chờ duyệt/ })
    .getByRole('link', { name: j.title })
    .click();
  const section = page.getByRole('region', { name: 'Đề xuất cập nhật chờ duyệt' });
  await expect(section.getByText(j.newTitle)).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await section.getByRole('button', { name: 'Duyệt cập nhật' }).click();
  await expect(page.getByRole('region', { name: 'Đề xuất cập nhật' }).getByText(/Đề xuất cập nhật gần nhất: đã duyệt lúc/)).toBeVisible({ timeout: 20_000 });
  await signOut(page);
}

/** The old slug answers 301, the page shows version 2 and its history, and version 1 stays readable. */
export async function publicSeesVersion2(page: Page, request: APIRequestContext, j: VersionJourney, { axe = true } = {}) {
  const moved = await request.get(`/examples/${j.slug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  const location = new URL(moved.headers().location!, 'http://x').pathname;
  expect(location).not.toBe(`/examples/${j.slug}`);

  await page.goto(`/examples/${j.slug}`);
  await expect(page).toHaveURL(new RegExp(`${location}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.newTitle);
  await expect(page.getByText(/Cập nhật lần 2, ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  const history = page.getByRole('region', { name: 'Lịch sử cập nhật' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByText(/Sửa: tên điển hình, hộ thoát nghèo/)).toBeVisible();
  if (axe) await expectNoAxeViolations(page);

  await history.getByRole('link', { name: 'Phiên bản 1' }).click();
  await expect(page).toHaveURL(new RegExp(`${location}/v/1$`));
  await expect(page.getByRole('note')).toContainText(/Đây là phiên bản 1 \(ngày \d{2}\/\d{2}\/\d{4}\)/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.title);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Xem phiên bản hiện hành' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(j.newTitle);

  const api = await request.get(`/api/v1/examples${location.replace('/examples', '')}`);
  expect(await api.json()).toMatchObject({ version: 2, title: j.newTitle });
}
