import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PERSONAS, signIn, signOut } from '../auth-helpers';
import { scoreAll } from '../review-steps';
import { resetServerClock, setServerClock } from '../clock';
import { slugify } from '../../lib/domain/fold';

// Issue 19: two app instances on one PostgreSQL (and one bucket), behind nginx. Run by .ci/run, which
// starts them and sets these addresses; the project exists only then (playwright.config.ts).
const A = process.env.GS_INSTANCE_A ?? '';
const B = process.env.GS_INSTANCE_B ?? '';
const FRONT = process.env.GS_FRONT ?? '';

test.beforeAll(() => {
  if (!A || !B || !FRONT) throw new Error('GS_INSTANCE_A, GS_INSTANCE_B and GS_FRONT must be set (see .ci/run)');
});

async function pageOn(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

async function photoFile(): Promise<string> {
  const path = join(tmpdir(), 'hai-may-chu.jpg');
  const bytes = await sharp({ create: { width: 1000, height: 750, channels: 3, background: { r: 90, g: 140, b: 80 } } })
    .jpeg()
    .toBuffer();
  writeFileSync(path, bytes);
  return path;
}

test('a unit saves on one instance and uploads through the other; a reviewer approves through nginx; both instances show it at once', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const title = `Tổ hợp tác chăn nuôi dê chạy trên hai máy chủ ${Date.now()}`;
  // The list highlights the search words inside the title, so the link is what is looked for.
  const link = `href="/examples/${slugify(title)}"`;

  // Both instances' page caches hold the list before the approval.
  for (const base of [A, B]) {
    const list = await request.get(`${base}/examples?q=${encodeURIComponent('chan nuoi de hai may chu')}`);
    expect(list.status()).toBe(200);
    expect(await list.text()).not.toContain(link);
  }

  // The unit signs in and saves on instance A…
  const unit = await pageOn(browser, A);
  await signIn(unit, PERSONAS.memberB);
  await unit.goto('/nominations/new');
  const form = unit.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' });
  await form.getByLabel('Đợt thi đua').selectOption({ label: 'Chung tay vì người nghèo 2021–2025' });
  await form.getByLabel('Năm', { exact: true }).selectOption('2025');
  await form.getByLabel('Loại điển hình').selectOption('collective');
  await form.getByLabel('Lĩnh vực').selectOption('production');
  await form.getByRole('combobox', { name: /Xã, phường nơi có điển hình/ }).fill('da kia');
  await unit
    .getByRole('option', { name: /Đa Kia.*trước 01\/07\/2025/ })
    .first()
    .click();
  await form.getByLabel('Tên điển hình (tiêu đề)').fill(title);
  await form.getByLabel('Tên tập thể').fill('Tổ hợp tác chăn nuôi dê thôn Bình Hòa');
  await form.getByLabel('Loại hình tập thể').fill('Tổ hợp tác');
  await form.getByLabel('Tóm tắt (tối đa 500 ký tự)').fill('Tổ hợp tác cho hộ nghèo mượn dê giống và bao tiêu đầu ra; bốn hộ đã thoát nghèo.');
  await form
    .getByLabel('Câu chuyện: đã làm gì, giúp hộ nghèo thế nào')
    .fill(
      'Tổ hợp tác được thành lập năm 2023 với 18 thành viên, trong đó có 7 hộ nghèo. Mỗi hộ nghèo được mượn hai con dê giống, ' +
        'trả lại bằng dê con sau hai năm. Tổ bao tiêu đầu ra cho các hộ với giá ổn định.\n\nSau hai năm, bốn hộ đã thoát nghèo.',
    );
  await form.getByLabel('Số hộ thoát nghèo').fill('4');
  await unit.getByRole('button', { name: 'Lưu nháp' }).first().click();
  await expect(
    unit
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  await unit.waitForURL(/\/nominations\/[0-9a-f-]{36}$/);
  const dossier = new URL(unit.url()).pathname;
  // The form's autosave may still fire once, 2.5 s after the last keystroke; B must load what it saved.
  await unit.waitForTimeout(3_000);
  await unit.waitForLoadState('networkidle');

  // …and, with the same session, uploads the photo and submits through instance B.
  await unit.goto(`${B}${dossier}`);
  await unit.getByLabel(/Thêm ảnh/).setInputFiles(await photoFile());
  await expect(unit.getByRole('list', { name: 'Ảnh của hồ sơ' }).getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await unit.getByRole('button', { name: 'Gửi thẩm định' }).click();
  await expect(unit.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' })).toHaveCount(0, { timeout: 20_000 });
  await signOut(unit);

  // Reviewers work through nginx, which spreads their requests (and server actions) over both instances.
  const reviewer = await pageOn(browser, FRONT);
  await signIn(reviewer, PERSONAS.reviewerCommune);
  await reviewer.goto('/review');
  await reviewer.getByRole('link', { name: title }).click();
  const forward = reviewer.getByRole('form', { name: 'Quyết định thẩm định' });
  await forward.getByLabel(/Đề nghị lên cấp huyện/).check();
  await forward.getByLabel(/^Ý kiến/).fill('Hội đồng thi đua xã đã xác minh tại thôn, đề nghị cấp huyện công nhận.');
  await scoreAll(forward, 4);
  await forward.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(reviewer.getByText(/Đã đề nghị lên cấp trên/)).toBeVisible();
  await signOut(reviewer);

  await signIn(reviewer, PERSONAS.reviewerIn);
  await reviewer.goto('/review');
  await reviewer.getByRole('link', { name: title }).click();
  const notice = reviewer.getByRole('form', { name: 'Quyết định thẩm định' });
  await notice.getByLabel(/Đưa ra công khai lấy ý kiến/).check();
  await scoreAll(notice, 5);
  await notice.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(reviewer.getByText(/Đã đưa hồ sơ ra công khai/)).toBeVisible();
  // Both instances read the notice's end from the same clock file (E2E_CLOCK_FILE, set by .ci/two-instances.sh).
  try {
    setServerClock(new Date(Date.now() + 30 * 86_400_000));
    await reviewer.reload();
    const approve = reviewer.getByRole('form', { name: 'Quyết định thẩm định' });
    await approve.getByLabel(/Công nhận và công bố/).check();
    await approve.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await expect(reviewer.getByText(/Đã công nhận/).first()).toBeVisible();
  } finally {
    resetServerClock();
  }

  // The public sees it at once on both instances, with its photo: each page cache follows the data version.
  for (const base of [A, B]) {
    const list = await (await request.get(`${base}/examples?q=${encodeURIComponent('chan nuoi de hai may chu')}`)).text();
    expect(list, base).toContain(link);
  }
  const slug = slugify(title);
  for (const base of [A, B]) {
    const page = await request.get(`${base}/examples/${slug}`);
    expect(page.status(), base).toBe(200);
    const html = await page.text();
    const photo = html.match(/\/files\/([0-9a-f-]{36})/)?.[1];
    expect(photo, `${base}: the example shows its photo`).toBeTruthy();
    for (const other of [A, B]) expect((await request.get(`${other}/files/${photo}`)).status(), `${other}/files/${photo}`).toBe(200);
  }
});

test('sign-in throttling is shared: failures on one instance count on the other', async ({ browser }) => {
  const email = PERSONAS.reviewerOut;
  const one = await pageOn(browser, A);
  const other = await pageOn(browser, B);
  const attempt = async (page: Page) => {
    await page.goto('/login');
    const form = page.getByRole('form', { name: 'Đăng nhập' });
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Mật khẩu').fill('khong-phai-mat-khau-nay');
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    return form.getByRole('status');
  };
  const answered = expect.configure({ timeout: 20_000 });
  // Each answer may wait: checks of one account are queued a few seconds apart, whichever instance takes them.
  test.setTimeout(120_000);
  for (let i = 0; i < 3; i++) await answered(await attempt(one)).toContainText('Email hoặc mật khẩu không đúng.');
  await answered(await attempt(other)).toContainText('Email hoặc mật khẩu không đúng.');
  // The fifth failure from this address locks the pair, counted across instances; the lock holds on both.
  await answered(await attempt(other)).toContainText('Đăng nhập sai quá nhiều lần');
  await answered(await attempt(one)).toContainText('Đăng nhập sai quá nhiều lần');
});
