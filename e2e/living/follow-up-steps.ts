import { expect, type Page } from '@playwright/test';
import { slugify } from '../../lib/domain/fold';
import { PERSONAS, signIn, signOut } from '../auth-helpers';
import { demoByKey, expectNoAxeViolations } from '../fixtures';

/** An approved demo example of Phú Nghĩa's commune office (phunghia@), in thamdinh@'s district, followed up 2023–2025. */
export const FOLLOW_UP_EXAMPLE = 'ngan-hang-bo-phu-nghia';

/** The example a step works on, as it reads now (a journey may have retitled it in an update). */
export interface FollowUpTarget {
  title: string;
  slug: string;
  householdsEscaped: number;
}

export function demoTarget(key: string): FollowUpTarget {
  const demo = demoByKey(key);
  return { title: demo.title, slug: slugify(demo.title), householdsEscaped: demo.impact.householdsEscaped ?? 0 };
}

export interface FollowUpFigures {
  year: number;
  status: 'Đang duy trì' | 'Đã mở rộng' | 'Tạm dừng' | 'Đã dừng';
  stillOut: number;
  fellBack: number;
  newHouseholds: number;
  note: string;
}

/** The year in Vietnam now: what the server takes as "this year". */
export function vietnamYear(at = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(at));
}

/** "tháng 12/2026" for the day the step runs, in Vietnam time. */
export function vietnamMonthYear(at = new Date()): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(at).split('-');
  return `tháng ${Number(month)}/${year}`;
}

/** The unit (phunghia@) opens its approved example and files this year's follow-up; a first try with contradictory figures is refused. */
export async function unitFilesFollowUp(page: Page, figures: FollowUpFigures, demo = demoTarget(FOLLOW_UP_EXAMPLE)) {
  await signIn(page, PERSONAS.memberA);
  await page.goto('/nominations?status=approved');
  // An example that went quiet is also linked from the "cần theo dõi" notice above the list: both open the dossier.
  await page.getByRole('link', { name: demo.title }).first().click();
  await expect(page.getByRole('heading', { name: 'Theo dõi sau công nhận' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Báo cáo theo dõi sau công nhận' });
  await form.getByLabel('Năm theo dõi').fill(String(figures.year));
  await form.getByLabel('Tình trạng mô hình').selectOption({ label: figures.status });
  const counted = demo.householdsEscaped;
  // More households still out than were counted: refused, saying which numbers.
  await form.getByLabel('Số hộ vẫn giữ được thoát nghèo').fill(String(counted + 5));
  await form.getByLabel('Số hộ tái nghèo').fill('0');
  await form.getByLabel('Số hộ mới được giúp đỡ trong năm').fill(String(figures.newHouseholds));
  await form.getByRole('button', { name: 'Gửi báo cáo theo dõi' }).click();
  await expect(form.getByRole('status').first()).toContainText(`(${counted + 5}) nhiều hơn số hộ đã thoát nghèo được ghi nhận (${counted})`);
  await expect(form.getByLabel('Số hộ vẫn giữ được thoát nghèo')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await form.getByLabel('Số hộ vẫn giữ được thoát nghèo').fill(String(figures.stillOut));
  await form.getByLabel('Số hộ tái nghèo').fill(String(figures.fellBack));
  await form.getByLabel(/Ghi chú ngắn/).fill(figures.note);
  await form.getByRole('button', { name: 'Gửi báo cáo theo dõi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gửi báo cáo theo dõi' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`^${figures.year}\\b`) });
  await expect(row).toContainText('Chờ xác nhận');
  await signOut(page);
}

/** The district reviewer (thamdinh@) finds the filed follow-up from the queue and confirms it. */
export async function reviewerConfirmsFollowUp(page: Page, year: number, demo = demoTarget(FOLLOW_UP_EXAMPLE)) {
  await signIn(page, PERSONAS.reviewerIn);
  await page.goto('/review');
  const notice = page.getByRole('region', { name: 'Cần theo dõi sau công nhận' });
  await expect(notice).toContainText('báo cáo theo dõi đang chờ xác nhận');
  await notice
    .getByRole('listitem')
    .filter({ hasText: `năm ${year}` })
    .getByRole('link', { name: demo.title })
    .click();
  await expect(page.getByRole('heading', { name: 'Theo dõi sau công nhận' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Xác nhận báo cáo năm ${year}` }).click();
  // The page refreshes: the button gives way to who confirmed it and when.
  await expect(page.getByRole('row', { name: new RegExp(`^${year}\\b`) })).toContainText('Đã xác nhận');
  await expect(page.getByRole('button', { name: `Xác nhận báo cáo năm ${year}` })).toHaveCount(0);
  await signOut(page);
}

/** The public example page shows the follow-up: the latest month, the chart and the same numbers in its table. */
export async function publicSeesFollowUp(page: Page, figures: FollowUpFigures, demo = demoTarget(FOLLOW_UP_EXAMPLE)) {
  await page.goto(`/examples/${demo.slug}`);
  const section = page.getByRole('region', { name: 'Theo dõi sau công nhận' });
  await expect(section).toContainText(`Theo dõi gần nhất: ${vietnamMonthYear()}`);
  await expect(section).toContainText(`Mô hình năm ${figures.year}: ${figures.status}`);
  const chart = section.getByRole('img', { name: 'Số hộ qua các năm theo dõi' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText(`Năm ${figures.year}: vẫn giữ được thoát nghèo ${figures.stillOut} hộ`);
  const row = section.getByRole('row', { name: new RegExp(`^${figures.year}\\b`) });
  await expect(row.getByRole('cell')).toHaveText([figures.status, String(figures.stillOut), String(figures.fellBack), String(figures.newHouseholds)]);
  await expectNoAxeViolations(page);
}

/** The reviewer's "cần theo dõi" report lists flagged examples in scope and offers them as CSV. */
export async function reviewerSeesOverdueReport(page: Page) {
  await signIn(page, PERSONAS.reviewerIn);
  await page.goto('/review/reports/follow-ups');
  await expect(page.getByRole('heading', { level: 1, name: 'Điển hình cần theo dõi' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  expect(await rows.count()).toBeGreaterThan(1);
  await expectNoAxeViolations(page);
  const csv = await page.request.get('/review/reports/follow-ups/csv');
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split('\n')[0]).toContain('dien_hinh');
  await signOut(page);
}
