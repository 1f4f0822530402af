import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { PERSONAS, signIn, signOut } from './auth-helpers';
import { scoreAll } from './review-steps';
import { resetServerClock, setServerClock } from './clock';
import { expectNoAxeViolations, sitemapText } from './fixtures';

const STORY =
  'Câu lạc bộ được thành lập năm 2022 với 25 hội viên, trong đó có 9 hộ nghèo và 6 hộ cận nghèo của thôn. ' +
  'Các thành viên góp vốn xoay vòng, cùng nhau chăm sóc vườn điều theo quy trình hữu cơ và bán chung cho hợp tác xã với giá cao hơn.\n\n' +
  'Sau ba năm, năng suất điều tăng gần gấp rưỡi; năm hộ nghèo đã thoát nghèo và cả câu lạc bộ được Hội Nông dân tỉnh chọn làm mô hình điểm.';

async function createSubmitted(page: Page, title: string) {
  const path = join(tmpdir(), 'clb-dieu.jpg');
  writeFileSync(
    path,
    await sharp({ create: { width: 1000, height: 750, channels: 3, background: { r: 110, g: 150, b: 70 } } })
      .jpeg()
      .toBuffer(),
  );
  await signIn(page, PERSONAS.memberB);
  await page.getByRole('link', { name: 'Lập hồ sơ mới' }).click();
  const form = page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' });
  // The 2021–2025 period reviews xã → huyện; the 2026–2030 one (the default now) goes xã → tỉnh.
  await form.getByLabel('Đợt thi đua').selectOption({ label: 'Chung tay vì người nghèo 2021–2025' });
  await form.getByLabel('Năm', { exact: true }).selectOption('2025');
  await form.getByLabel('Loại điển hình').selectOption('collective');
  await form.getByLabel('Lĩnh vực').selectOption('value_chain');
  await form.getByRole('combobox', { name: /Xã, phường nơi có điển hình/ }).fill('da kia');
  await page
    .getByRole('option', { name: /Đa Kia.*trước 01\/07\/2025/ })
    .first()
    .click();
  await form.getByLabel('Tên điển hình (tiêu đề)').fill(title);
  await form.getByLabel('Tên tập thể').fill('Câu lạc bộ nông dân điều hữu cơ thôn Bình Tiến');
  await form.getByLabel('Loại hình tập thể').fill('Câu lạc bộ nông dân');
  await form.getByLabel('Tóm tắt (tối đa 500 ký tự)').fill('Câu lạc bộ giúp hộ nghèo trồng điều hữu cơ và bán chung, năm hộ đã thoát nghèo.');
  await form.getByLabel('Câu chuyện: đã làm gì, giúp hộ nghèo thế nào').fill(STORY);
  await form.getByLabel('Số hộ thoát nghèo').fill('5');
  await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Đã lưu lúc/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });
  await page.getByLabel(/Thêm ảnh/).setInputFiles(path);
  await expect(page.getByRole('list', { name: 'Ảnh của hồ sơ' }).getByRole('listitem')).toHaveCount(1, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
  await expect(page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' })).toHaveCount(0, { timeout: 20_000 });
  await signOut(page);
}

test('level by level: the commune returns then forwards, the district puts it in notice, a citizen objects, it is judged, approved after the notice, published and commended', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `Câu lạc bộ điều hữu cơ Bình Tiến giúp hộ nghèo bán điều giá cao ${Date.now()}`;
  await createSubmitted(page, title);

  // The commune level (new Đa Kia) has it first.
  await signIn(page, PERSONAS.reviewerCommune);
  await expect(page.getByRole('link', { name: /Thông báo/ })).toContainText(/\d/);
  await expect(page.getByRole('link', { name: 'Chờ cấp tôi xét' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('Đang ở cấp xã')).toBeVisible();
  await expectNoAxeViolations(page);
  const decision = page.getByRole('form', { name: 'Quyết định thẩm định' });
  await decision.getByLabel(/Trả lại để đơn vị bổ sung/).check();
  await decision.getByLabel(/^Ý kiến/).fill('ok');
  await decision.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(page.locator('#comment-error')).toContainText('lý do');
  await decision.getByLabel(/^Ý kiến/).fill('Đề nghị bổ sung số hộ hưởng lợi và xác nhận của thôn về số hộ thoát nghèo.');
  await decision.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kết quả thẩm định' })).toContainText('Trả lại để bổ sung');
  await signOut(page);

  await signIn(page, PERSONAS.memberB);
  await page.goto('/nominations?status=returned');
  await expect(page.getByText('Đề nghị bổ sung số hộ hưởng lợi').first()).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  const form = page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' });
  await expect(form.getByText('Đề nghị bổ sung số hộ hưởng lợi')).toBeVisible();
  await form.getByLabel('Số hộ hưởng lợi').fill('25');
  await page.getByRole('button', { name: 'Gửi thẩm định' }).click();
  // Read-only once submitted: the form gives way to the summary, and the progress line says where it is.
  await expect(page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' })).toHaveCount(0, { timeout: 20_000 });
  await expect(page.getByText('Đang ở cấp xã')).toBeVisible();
  await signOut(page);

  // The commune forwards: scores and a recommendation are required.
  await signIn(page, PERSONAS.reviewerCommune);
  await page.getByRole('link', { name: title }).click();
  const forward = page.getByRole('form', { name: 'Quyết định thẩm định' });
  await forward.getByLabel(/Đề nghị lên cấp huyện/).check();
  await forward.getByLabel(/^Ý kiến/).fill('Hội đồng thi đua xã đã xác minh tại thôn, đề nghị cấp huyện xem xét công nhận.');
  await forward.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(forward.getByText(/Vui lòng chấm điểm tiêu chí “Tính chân thực”/)).toBeVisible();
  await scoreAll(forward, 4);
  await forward.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(page.getByText(/Đã đề nghị lên cấp trên/)).toBeVisible();
  await signOut(page);

  // The district sees the commune's word and scores, and puts the dossier in public notice.
  await signIn(page, PERSONAS.reviewerIn);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('Đang ở cấp huyện')).toBeVisible();
  await expect(page.getByRole('region', { name: /Điểm tiêu chí cấp xã/ })).toContainText('4,0');
  await expect(page.getByRole('blockquote').getByText('Hội đồng thi đua xã đã xác minh tại thôn')).toBeVisible();
  const notice = page.getByRole('form', { name: 'Quyết định thẩm định' });
  await notice.getByLabel(/Đưa ra công khai lấy ý kiến/).check();
  await scoreAll(notice, 5);
  await notice.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
  await expect(page.getByText(/Đã đưa hồ sơ ra công khai/)).toBeVisible();
  await page.reload();
  await expect(page.getByText('Đang công khai lấy ý kiến').first()).toBeVisible();
  const reviewUrl = page.url();
  await signOut(page);

  // A citizen, without an account, objects on the public notice page.
  const citizen = await browser.newPage();
  await citizen.goto('/notices');
  await citizen.getByRole('link', { name: title }).click();
  const opinion = citizen.getByRole('form', { name: /Góp ý, phản ánh/ });
  await opinion.getByLabel(/Họ và tên/).fill('Nguyễn Thị Hoa');
  await opinion.getByLabel(/Số điện thoại hoặc email/).fill('0912 345 678');
  await opinion.getByLabel(/Nội dung/).fill('Đề nghị xác minh lại số hộ thoát nghèo: <b>một hộ</b> đã chuyển đi nơi khác.');
  await opinion.getByRole('button', { name: /Gửi/ }).click();
  await expect(citizen.getByText(/Cảm ơn/)).toBeVisible();
  await citizen.close();

  // The district judges the opinion; approval waits for the end of the notice.
  await signIn(page, PERSONAS.reviewerIn);
  await page.goto(reviewUrl);
  await expect(page.getByText('<b>một hộ</b>', { exact: false })).toBeVisible();
  const judge = page.getByRole('form', { name: 'Xử lý ý kiến' });
  await judge.getByLabel('Không có cơ sở').check();
  await judge.getByLabel(/Ghi chú xử lý/).fill('Đã xác minh với trưởng thôn: hộ chuyển đi sau khi đã thoát nghèo, số liệu đúng.');
  await judge.getByRole('button', { name: 'Lưu kết quả xử lý' }).click();
  await expect(page.getByText('Đã ghi nhận kết quả xử lý ý kiến.')).toBeVisible();
  await page.reload();
  await expect(page.getByText(/Chưa hết thời hạn công khai/)).toBeVisible();
  try {
    setServerClock(new Date(Date.now() + 30 * 86_400_000));
    await page.reload();
    const approve = page.getByRole('form', { name: 'Quyết định thẩm định' });
    await approve.getByLabel(/Công nhận và công bố/).check();
    await approve.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await expect(page.getByText(/Đã công nhận/).first()).toBeVisible();
  } finally {
    resetServerClock();
  }
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Kết quả thẩm định' })).toContainText('Đã công nhận');
  await expect(page.getByText(/1 ý kiến, 0 có cơ sở/)).toBeVisible();

  await page.goto(`/examples?q=${encodeURIComponent('dieu huu co binh tien')}`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  await page.goto('/review?tab=approved');
  await page.getByRole('link', { name: title }).click();
  const commend = page.getByRole('form', { name: 'Ghi nhận khen thưởng' });
  await commend.getByLabel('Hình thức').selectOption('Giấy khen');
  await commend.getByLabel('Cơ quan ban hành').fill('UBND huyện Bù Gia Mập');
  await commend.getByLabel('Số quyết định').fill('2468/QĐ-UBND');
  await commend.getByLabel('Ngày quyết định').fill('2025-10-15');
  await commend.getByRole('button', { name: 'Ghi nhận khen thưởng' }).click();
  await expect(page.getByText(/Đã ghi nhận khen thưởng/)).toBeVisible();

  await page.goto(`/examples?q=${encodeURIComponent('dieu huu co binh tien')}`);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('2468/QĐ-UBND')).toBeVisible();
  const slug = new URL(page.url()).pathname.split('/').pop()!;

  // Consent withdrawn: the admin takes it down, and it is gone from every public surface at once.
  await page.goto('/review?tab=approved');
  await signOut(page);
  await signIn(page, PERSONAS.admin);
  await page.goto('/review?tab=approved');
  await page.getByRole('link', { name: title }).click();
  const takeDown = page.getByRole('form', { name: 'Gỡ công bố' });
  await takeDown.getByLabel(/Lý do/).fill('Người đại diện câu lạc bộ đề nghị tạm dừng công bố để bổ sung hồ sơ.');
  await takeDown.getByRole('button', { name: 'Gỡ khỏi trang công khai' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kết quả thẩm định' })).toContainText('Đã gỡ công bố');
  expect((await page.request.get(`/examples/${slug}`)).status()).toBe(404);
  expect((await page.request.get(`/api/v1/examples/${slug}`)).status()).toBe(404);
  expect(await (await page.request.get('/feed.xml')).text()).not.toContain(slug);
  expect(await sitemapText(page.request)).not.toContain(slug);
  expect(await (await page.request.get(`/api/v1/examples?q=${encodeURIComponent('dieu huu co binh tien')}`)).text()).not.toContain(slug);
});
