import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_SUPPORT } from '../../db/seed/demo-living';
import { DEMO_PASSWORD } from '../../db/seed/demo-units';
import { slugify } from '../../lib/domain/fold';
import { PERSONAS, signIn } from '../auth-helpers';
import { cachedAnswer, demoByKey, expectNoAxeViolations, gotoCachedPage } from '../fixtures';

// Steps of the "ask to learn → the unit follows up" journey, each usable on its own or chained by a longer one.

/** The demo example whose unit (memberA, UBND xã Phú Nghĩa) follows its requests up. */
export const REPLICATION_EXAMPLE = demoByKey('ngan-hang-bo-phu-nghia');
export const REPLICATION_SLUG = slugify(REPLICATION_EXAMPLE.title);

export interface Requester {
  name: string;
  phone: string;
  message: string;
}

/** A requester whose name no other run or demo row has. */
export function newRequester(tag: string): Requester {
  return {
    name: `Người học thử ${tag} ${Date.now().toString(36)}`,
    phone: '0912 000 555',
    message: 'Thôn chúng tôi có 10 hộ nghèo muốn học cách luân chuyển bê cái, xin hẹn ngày đến tham quan.',
  };
}

/** Loads the example page twice as an anonymous visitor, so the second answer comes from the page cache. */
export async function warmExamplePage(request: APIRequestContext, slug = REPLICATION_SLUG) {
  await cachedAnswer(request, `/examples/${slug}`);
}

/** The public page shows the count of requests; returns it. */
export async function readRequestCount(page: Page): Promise<number> {
  const line = page.getByText(/\d+ đơn vị, cá nhân đã đăng ký học tập|Chưa có đơn vị, cá nhân nào đăng ký học tập/);
  const text = (await line.textContent()) ?? '';
  const match = text.match(/([\d.]+) đơn vị, cá nhân đã đăng ký học tập/);
  return match ? Number(match[1]!.replace(/\./g, '')) : 0;
}

/**
 * The request form, from the example page the cache served. A page rendered without Next (no script, so no
 * commune type-ahead) links to the page with the form, which Next renders.
 */
export async function openRequestForm(page: Page, slug = REPLICATION_SLUG) {
  const response = await gotoCachedPage(page, `/examples/${slug}`);
  if (response.headers()['x-gs-render'] === 'plain') {
    await page.getByRole('link', { name: 'Mở mẫu đăng ký học tập' }).click();
    await expect(page).toHaveURL(/\?dang-ky=1#dang-ky-form-title$/);
  }
  return page.getByRole('form', { name: 'Gửi đăng ký' });
}

/**
 * A citizen (no account) asks to learn from the example, on the page the cache served: the form must work
 * there as on a fresh page. Picks the commune with the type-ahead.
 */
export async function citizenAsksToLearn(page: Page, requester: Requester, slug = REPLICATION_SLUG) {
  const form = await openRequestForm(page, slug);
  await expect(form).toBeVisible();
  await form.getByLabel('Họ và tên (bắt buộc)').fill(requester.name);
  await form.getByLabel('Số điện thoại').fill(requester.phone);
  await form.getByRole('combobox', { name: /Xã, phường nơi bạn sinh sống/ }).fill('da kia');
  await page
    .getByRole('option', { name: /Đa Kia.*trước 01\/07\/2025/ })
    .first()
    .click();
  await form.getByLabel(/Bạn muốn học hỏi điều gì/).fill(requester.message);
  await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
  await expect(page.getByRole('heading', { name: 'Đã gửi đăng ký' })).toBeVisible();
  await expect(page.getByText(/Thông tin liên hệ của bạn không được công khai/)).toBeVisible();
}

/** The same without JavaScript: a plain form post, the commune given by its code. */
export async function citizenAsksWithoutJavaScript(browser: Browser, baseURL: string, requester: Requester, slug = REPLICATION_SLUG) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const form = await openRequestForm(page, slug);
    await form.getByLabel('Họ và tên (bắt buộc)').fill(requester.name);
    await form.getByLabel('Số điện thoại').fill(requester.phone);
    await form.getByLabel('Hệ địa giới').selectOption('2024');
    await form.getByLabel('Mã xã (5 chữ số)').fill('25231');
    await form.getByLabel(/Bạn muốn học hỏi điều gì/).fill(requester.message);
    await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect(page.getByRole('heading', { name: 'Đã gửi đăng ký' })).toBeVisible();
  } finally {
    await context.close();
  }
}

/** The public page shows the support the example received, with amounts in Vietnamese thousands. */
export async function expectSupportOnPage(page: Page, slug = REPLICATION_SLUG) {
  await page.goto(`/examples/${slug}`);
  const section = page.getByRole('region', { name: 'Hỗ trợ đã nhận' });
  await expect(section).toBeVisible();
  for (const s of DEMO_SUPPORT.filter((row) => row.example === REPLICATION_EXAMPLE.key))
    await expect(section.getByRole('cell', { name: s.provider }).first()).toBeVisible();
  await expect(section.getByRole('cell', { name: '300.000.000 đ' })).toBeVisible();
  await expect(section.getByRole('cell', { name: 'Vay vốn NHCSXH' })).toBeVisible();
}

/** The owning unit signs in, finds the request in its list, opens the dossier and marks it contacted. */
export async function unitMarksContacted(page: Page, requester: Requester, { signedIn = false, title = REPLICATION_EXAMPLE.title } = {}) {
  if (!signedIn) await signIn(page, PERSONAS.memberA, DEMO_PASSWORD);
  await page.goto('/nominations/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng ký học tập, nhân rộng' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: requester.name });
  await expect(row).toContainText('Mới');
  await expectNoAxeViolations(page);
  await row.getByRole('link', { name: title }).click();
  const item = page.getByRole('listitem', { name: `Đăng ký của ${requester.name}` });
  await expect(item).toContainText(requester.phone);
  await expect(item).toContainText(requester.message);
  await item.getByText('Đổi trạng thái đăng ký').click();
  await item.getByLabel('Chuyển sang').selectOption({ label: 'Đã liên hệ' });
  await item.getByRole('button', { name: 'Cập nhật trạng thái' }).click();
  await expect(item.getByText('Đã chuyển sang “Đã liên hệ”.')).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole('listitem', { name: `Đăng ký của ${requester.name}` })
      .getByText('Đã liên hệ')
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
}

/**
 * A reviewer in scope records support on the example from the review page; the public page then lists it
 * (the new row moved the public data version, so the cache does not serve the old page).
 */
export async function reviewerRecordsSupport(page: Page, request: APIRequestContext, provider: string) {
  await warmExamplePage(request);
  await signIn(page, PERSONAS.reviewerIn, DEMO_PASSWORD);
  await page.goto('/review?tab=approved');
  await page.getByRole('link', { name: REPLICATION_EXAMPLE.title }).first().click();
  const panel = page.getByRole('region', { name: 'Hỗ trợ đã nhận' });
  const form = panel.getByRole('form', { name: 'Ghi nhận hỗ trợ' });
  await form.getByLabel('Ngày hỗ trợ').fill('2024-03-15');
  await form.getByLabel('Hình thức').selectOption({ label: 'Hỗ trợ trang thiết bị' });
  await form.getByLabel('Đơn vị hỗ trợ').fill(provider);
  await form.getByLabel('Giá trị quy ra tiền (đồng)').fill('1.500.000.000.000');
  await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
  await expect(form.getByText(/Số tiền không được vượt quá/)).toBeVisible();
  await expect(form.getByLabel('Đơn vị hỗ trợ')).toHaveValue(provider);
  await form.getByLabel('Giá trị quy ra tiền (đồng)').fill('35.000.000');
  await form.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
  await expect(panel.getByText(/Đã ghi nhận hỗ trợ/)).toBeVisible();
  await expect(panel.getByText(provider).first()).toBeVisible();
  await expectNoAxeViolations(page);
  const publicPage = await request.get(`/examples/${REPLICATION_SLUG}`);
  expect(await publicPage.text()).toContain(provider);
}
