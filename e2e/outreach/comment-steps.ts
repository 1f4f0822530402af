import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../db/seed/demo-units';
import { slugify } from '../../lib/domain/fold';
import { PERSONAS, signIn } from '../auth-helpers';
import { cachedAnswer, demoByKey, expectNoAxeViolations, gotoCachedPage } from '../fixtures';

// Steps of "a reader comments → a moderator publishes it → the page shows it", each usable on its own or
// chained by the outreach journey.

/** The demo example whose unit (memberA, UBND xã Phú Nghĩa) hears of its published comments. */
export const COMMENT_EXAMPLE = demoByKey('ngan-hang-bo-phu-nghia');
export const COMMENT_SLUG = slugify(COMMENT_EXAMPLE.title);

/** How long a posted comment's answer may take (see readerComments). */
const ANSWER_TIMEOUT_MS = 20_000;

export interface Reader {
  name: string;
  email: string;
  content: string;
}

/** A reader whose name no other run or demo row has. Markup in the text must come back as typed. */
export function newReader(tag: string): Reader {
  const id = `${tag} ${Date.now().toString(36)}`;
  return {
    name: `Bạn đọc thử ${id}`,
    email: `ban.doc.${Date.now().toString(36)}@vidu.test`,
    content: `Thôn tôi muốn học cách giao bò xoay vòng.\nXin hỏi <b>điều kiện</b> nhận bò là gì? (${id})`,
  };
}

/** Loads the example page twice as an anonymous visitor, so the second answer comes from the page cache. */
export async function warmCommentPage(request: APIRequestContext, slug = COMMENT_SLUG) {
  await cachedAnswer(request, `/examples/${slug}`);
}

async function fillComment(page: Page, reader: Reader) {
  const form = page.getByRole('form', { name: 'Gửi ý kiến' });
  await form.getByLabel(/^Họ và tên/).fill(reader.name);
  await form.getByLabel(/^Email/).fill(reader.email);
  await form.getByLabel(/^Ý kiến của bạn/).fill(reader.content);
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
}

/**
 * A reader (no account) comments on the page the cache served; a bad first try (three links) keeps what
 * they typed and says why. The comment is not on the page until a moderator publishes it.
 */
export async function readerComments(page: Page, request: APIRequestContext, reader: Reader, slug = COMMENT_SLUG) {
  await warmCommentPage(request, slug);
  const response = await gotoCachedPage(page, `/examples/${slug}`);
  expect(response.headers()['set-cookie']).toBeUndefined();
  await fillComment(page, { ...reader, content: `${reader.content} http://a.vn http://b.vn http://c.vn` });
  const form = page.getByRole('form', { name: 'Gửi ý kiến' });
  await expect(form.getByText('Ý kiến chỉ được có tối đa 2 đường dẫn (liên kết trang web).')).toBeVisible();
  await expect(form.getByLabel(/^Họ và tên/)).toHaveValue(reader.name);
  await form.getByLabel(/^Ý kiến của bạn/).fill(reader.content);
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
  // Answered by Next's example page, which a server process may be rendering for the first time: twice in CI the
  // answer took longer than the default 5 s, and the retry passed. A comment really lost fails moderatorPublishes.
  await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible({ timeout: ANSWER_TIMEOUT_MS });
  await expect(page.getByText(/sẽ hiển thị sau khi được kiểm duyệt/)).toBeVisible();
  await page.goto(`/examples/${slug}`);
  await expect(page.getByRole('region', { name: 'Ý kiến bạn đọc' })).not.toContainText(reader.name);
}

/** The same without JavaScript: a plain form post from the cached page. */
export async function readerCommentsWithoutJavaScript(browser: Browser, baseURL: string, reader: Reader, slug = COMMENT_SLUG) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await gotoCachedPage(page, `/examples/${slug}`);
    await fillComment(page, reader);
    await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible({ timeout: ANSWER_TIMEOUT_MS });
  } finally {
    await context.close();
  }
}

/** The reader's comment in the moderation queue of the signed-in person. */
function queueItem(page: Page, reader: Reader) {
  return page.getByRole('listitem', { name: `Ý kiến của ${reader.name}` });
}

/** A reviewer in scope (by default) opens the queue from the workspace bar and publishes the comment. */
export async function moderatorPublishes(
  page: Page,
  reader: Reader,
  { persona = PERSONAS.reviewerIn, signedIn = false }: { persona?: string; signedIn?: boolean } = {},
) {
  if (!signedIn) await signIn(page, persona, DEMO_PASSWORD);
  await page.getByRole('navigation', { name: 'Khu vực làm việc' }).getByRole('link', { name: 'Ý kiến bạn đọc' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm duyệt ý kiến bạn đọc' })).toBeVisible();
  const item = queueItem(page, reader);
  await expect(item).toContainText(reader.content.split('\n')[1]!);
  await expect(item).toContainText(`${reader.email} (không công khai)`);
  await expectNoAxeViolations(page);
  await item.getByRole('button', { name: 'Duyệt đăng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã duyệt đăng ý kiến.' })).toBeVisible();
  await expect(queueItem(page, reader)).toHaveCount(0);
}

/** A moderator hides the comment, which needs a reason; it then sits under "Đã ẩn" with the reason. */
export async function moderatorHides(page: Page, reader: Reader, reason: string, { persona = PERSONAS.admin, signedIn = false, tab = 'pending' } = {}) {
  if (!signedIn) await signIn(page, persona, DEMO_PASSWORD);
  await page.goto(`/review/comments?tab=${tab}`);
  const item = queueItem(page, reader);
  await item.getByText('Ẩn ý kiến', { exact: true }).first().click();
  await item.getByLabel(/^Lý do ẩn/).fill(reason);
  await item.getByRole('button', { name: 'Ẩn ý kiến' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ẩn ý kiến.' })).toBeVisible();
  await page.goto('/review/comments?tab=hidden');
  await expect(queueItem(page, reader)).toContainText(`Lý do: ${reason}`);
}

/** The public page shows the published comment (name, date, text as typed) and never the e-mail. */
export async function publicSeesComment(page: Page, reader: Reader, slug = COMMENT_SLUG) {
  await page.goto(`/examples/${slug}`);
  const section = page.getByRole('region', { name: 'Ý kiến bạn đọc' });
  const item = section.getByRole('listitem').filter({ hasText: reader.name });
  await expect(item).toContainText(reader.content.split('\n')[1]!);
  await expect(item.locator('time')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  expect(await page.content()).not.toContain(reader.email);
  await expectNoAxeViolations(page);
}

/** The count on the example's card in the list, and in the API. */
export async function cardAndApiCountComments(
  page: Page,
  request: APIRequestContext,
  atLeast: number,
  example: { slug: string; title: string } = { slug: COMMENT_SLUG, title: COMMENT_EXAMPLE.title },
) {
  const api = (await (await request.get(`/api/v1/examples/${example.slug}`)).json()) as { commentCount: number };
  expect(api.commentCount).toBeGreaterThanOrEqual(atLeast);
  await page.goto(`/examples?q=${encodeURIComponent(example.title)}`);
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: example.title }) });
  await expect(card.first()).toContainText(`${api.commentCount} ý kiến bạn đọc`);
}
