import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { readJson, type ExamplesPage } from './api';
import { REPLICATION_SLUG } from './living/replication-steps';
import { COMMENT_SLUG } from './outreach/comment-steps';
import { RATING_SLUG, readerRatesExample } from './outreach/rating-steps';

// Uncached example pages for anonymous visitors are rendered by react-dom/server alone (lib/plain-pages),
// not by Next: the same page, without scripts; its forms post to Next and Next answers them.

/** Published examples, by slug, without those whose figures other journeys change while this one compares pages. */
async function quietSlugs(request: APIRequestContext): Promise<string[]> {
  const { items } = await readJson<ExamplesPage>(request.get('/api/v1/examples?limit=50'));
  const busy = new Set([RATING_SLUG, COMMENT_SLUG, REPLICATION_SLUG]);
  return items
    .map((item) => item.slug)
    .filter((slug) => !busy.has(slug))
    .sort();
}
// Next renders pages for crawlers itself: the page cache leaves them alone (lib/public-page-cache/rules.ts).
const CRAWLER = { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' };

/** `path` as the plain renderer answers it: a server process asks Next for its first page, to learn its stylesheet. */
async function plainAnswer(request: APIRequestContext, path: string): Promise<APIResponse> {
  let answer: APIResponse | undefined;
  await expect(async () => {
    // Another page first, so that the process knows its stylesheet from a page Next rendered.
    await request.get('/open-data');
    answer = await request.get(path);
    expect(answer.headers()['x-gs-render']).toBe('plain');
  }).toPass({ timeout: 30_000 });
  return answer!;
}

/** A page's markup without what only Next writes: its scripts, their preloads, nonces and boundary marks. */
function markup(html: string): string {
  return (
    html
      .replace(/<script(?! type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="(?:preload|modulepreload)" as="script"[^>]*\/>/g, '')
      // React alone preloads a list's first photo, marked high priority (its LCP); Next's render leaves that out.
      .replace(/<link rel="preload" as="image" href="[^"]*" fetchPriority="high"\/>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/ nonce="[^"]*"/g, '')
      .replace(/<template[^>]*><\/template>/g, '')
      .replace(/<div hidden="">[\s\S]*?<\/div>/g, '')
      .replace(/\$ACTION_(REF_)?\d+/g, '$ACTION_$1N')
      // Where a plain page's islands go (components/layout/island.tsx); Next's page renders nothing there.
      .replace(/<div data-island="[a-z-]+" data-island-props="[^"]*" class="contents"><\/div>/g, '')
      // Counted every 30 seconds, whoever renders.
      .replace(/[\d.]+ lượt xem/g, 'N lượt xem')
      // The learning request: a link to Next's page with the form in a plain page (its commune type-ahead needs script).
      .replace(
        /<form aria-labelledby="dang-ky-form-title"[\s\S]*?<\/form>|<p><a href="[^"]*\?dang-ky=1#dang-ky-form-title"[\s\S]*?<\/a><\/p>/g,
        '[đăng ký học tập]',
      )
  );
}

/** The plain answer for `path` against Next's own (a crawler's), compared as the tests below need. */
async function comparePlainWithNext(request: APIRequestContext, path: string, scripts: string[]) {
  const plain = await plainAnswer(request, path);
  const next = await request.get(path, { headers: CRAWLER });
  expect(next.headers()['x-gs-render']).toBeUndefined();
  const [plainHtml, nextHtml] = [await plain.text(), await next.text()];
  const tags = [...plainHtml.matchAll(/<script\b[^>]*>/g)].map((m) => m[0].replace(/ nonce="[^"]+"/, ' nonce').replace(/-[A-Z0-9]+\.js"/, '-HASH.js"'));
  expect(tags).toEqual(scripts);
  expect(markup(plainHtml)).toBe(markup(nextHtml));
  expect(plainHtml).toContain('<title>');
  // No payload to hydrate: well under half of Next's page.
  expect(plainHtml.length).toBeLessThan(nextHtml.length / 2);
  for (const name of ['content-type', 'cache-control', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options']) {
    expect(plain.headers()[name], name).toBe(next.headers()[name]);
  }
  const policy = (answer: APIResponse) => answer.headers()['content-security-policy']?.replace(/'nonce-[^']+'/, "'nonce'");
  expect(policy(plain)).toBe(policy(next));
  // Its stylesheet is this build's.
  const stylesheet = plainHtml.match(/<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/)![1]!;
  expect((await request.get(stylesheet)).status()).toBe(200);
}

test("an uncached example page is Next's page without its scripts, with the same head and headers", async ({ request }) => {
  await comparePlainWithNext(request, `/examples/${(await quietSlugs(request))[1]}`, ['<script type="application/ld+json">']);
});

test("the uncached home page is Next's page without its scripts", async ({ request }) => {
  await comparePlainWithNext(request, '/', []);
});

test("an uncached commune page, under either tree's code, is Next's page without its scripts", async ({ request }) => {
  // Đa Kia: the old commune of the demo's cattle banks, and the current one it became.
  for (const path of ['/communes/2024-25231', '/communes/25231']) await comparePlainWithNext(request, path, []);
});

// The list and the statistics: their filters' islands come with one script of their own.
const ISLANDS_SCRIPT = '<script src="/_next/static/gs/islands-HASH.js" nonce defer="">';

test("an uncached list, filtered or searched, is Next's page with only the islands script", async ({ request }) => {
  for (const path of ['/examples', '/examples?kind=household&sort=newest', '/examples?q=ngan+hang+bo&field=credit']) {
    await comparePlainWithNext(request, path, [ISLANDS_SCRIPT]);
  }
});

test("the uncached statistics, for a campaign's years and for a commune, are Next's page with only the islands script", async ({ request }) => {
  for (const path of ['/stats?from=2022&to=2024', '/stats?commune=2024%3A25231']) await comparePlainWithNext(request, path, [ISLANDS_SCRIPT]);
});

test("the API's list, uncached, is answered by its route handler without Next: the same JSON and headers as Next's answer", async ({ request }) => {
  const paths = [
    '/api/v1/examples?kind=household&sort=newest&limit=5',
    '/api/v1/examples?q=ngan+hang+bo&limit=3',
    '/api/v1/examples?limit=abc',
    '/api/v1/examples?commune=2025%3A99999',
  ];
  // Views and ratings move with other journeys; everything else must match.
  type Body = { items?: Record<string, unknown>[] };
  const withoutFigures = async (answer: APIResponse) => {
    const body = await readJson<Body>(answer);
    return { ...body, items: body.items?.map((item) => ({ ...item, views: 0, rating: null })) };
  };
  for (const path of paths) {
    // JSON links no stylesheet: even a process's first request is answered without Next.
    const plain = await request.get(path);
    const next = await request.get(path, { headers: CRAWLER });
    expect(plain.headers()['x-gs-render'], path).toBe('plain');
    expect(next.headers()['x-gs-render'], path).toBeUndefined();
    expect(plain.status(), path).toBe(next.status());
    expect(await withoutFigures(plain), path).toEqual(await withoutFigures(next));
    for (const name of [
      'content-type',
      'cache-control',
      'access-control-allow-origin',
      'access-control-allow-methods',
      'x-content-type-options',
      'referrer-policy',
      'permissions-policy',
      'x-frame-options',
    ]) {
      expect(plain.headers()[name], `${path} ${name}`).toBe(next.headers()[name]);
    }
    const policy = (answer: APIResponse) => answer.headers()['content-security-policy']?.replace(/'nonce-[^']+'/, "'nonce'");
    expect(policy(plain), path).toBe(policy(next));
  }
  // Not an empty answer compared with an empty one.
  const listed = await readJson<ExamplesPage>(request.get(paths[0]!));
  expect(listed.items.length).toBeGreaterThan(0);
  expect(listed.items.every((item) => item.nomineeKind === 'household')).toBe(true);
});

test('a missing example is still the 404 page once example pages are rendered without Next', async ({ request }) => {
  await plainAnswer(request, `/examples/${(await quietSlugs(request))[2]}`);
  const missing = await request.get('/examples/khong-co-dien-hinh-nay-dau');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Không tìm thấy trang');
});

test('without JavaScript, a comment posted from a plain page is answered by Next in the same form', async ({ browser, baseURL, request }) => {
  const path = `/examples/${(await quietSlugs(request))[3]}`;
  await plainAnswer(request, path);
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    expect((await page.goto(path))!.headers()['x-gs-render']).toBe('plain');
    const form = page.getByRole('form', { name: 'Gửi ý kiến' });
    await form.getByLabel(/^Họ và tên/).fill('Lò Thị Hoa');
    await form.getByLabel(/^Ý kiến của bạn/).fill('Xã Đa Kia muốn học cách làm này.\nXin cảm ơn đơn vị đã chia sẻ.');
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect(page.getByRole('heading', { name: 'Đã gửi ý kiến' })).toBeVisible();
    await expect(page.getByText(/sẽ hiển thị sau khi được kiểm duyệt/)).toBeVisible();
  } finally {
    await context.close();
  }
});

test('with JavaScript, a first rating from a plain page goes through: Next answers the post, its page confirms by itself', async ({
  browser,
  baseURL,
  request,
}) => {
  const slug = (await quietSlugs(request))[4]!;
  await plainAnswer(request, `/examples/${slug}`);
  const context = await browser.newContext({ baseURL });
  try {
    await readerRatesExample(await context.newPage(), { stars: 4, javaScript: true, slug });
  } finally {
    await context.close();
  }
});

test('a plain page links to the learning request form, which Next renders with its commune type-ahead', async ({ page, request }) => {
  const path = `/examples/${(await quietSlugs(request))[5]}`;
  await plainAnswer(request, path);
  expect((await page.goto(path))!.headers()['x-gs-render']).toBe('plain');
  const section = page.getByRole('region', { name: 'Đăng ký học tập, nhân rộng mô hình' });
  await expect(section.getByRole('form')).toHaveCount(0);
  await section.getByRole('link', { name: 'Mở mẫu đăng ký học tập' }).click();
  await expect(page).toHaveURL(`${path}?dang-ky=1#dang-ky-form-title`);
  const form = page.getByRole('form', { name: 'Gửi đăng ký' });
  await form.getByRole('combobox', { name: /Xã, phường nơi bạn sinh sống/ }).fill('da kia');
  await expect(page.getByRole('option', { name: /Đa Kia/ }).first()).toBeVisible();
});

test("a plain list's islands work: the commune type-ahead, a filter applied on change, the panel open on a wide screen", async ({ page, request }) => {
  const path = '/examples?kind=model&sort=impact';
  await plainAnswer(request, path);
  expect((await page.goto(path))!.headers()['x-gs-render']).toBe('plain');
  const panel = page.locator('details#bo-loc-chi-tiet');
  if ((page.viewportSize()?.width ?? 0) >= 1024) await expect(panel).toHaveAttribute('open', '');
  else await panel.locator('summary').click();
  await page.getByRole('combobox', { name: 'Tìm xã, phường' }).fill('da kia');
  await page
    .getByRole('option', { name: /Đa Kia/ })
    .first()
    .click();
  await expect(page).toHaveURL(/[?&]commune=\d{4}%3A25231(&|$)/);
  await expect(page).toHaveURL(/[?&]kind=model(&|$)/);

  if ((page.viewportSize()?.width ?? 0) < 1024) await panel.locator('summary').click();
  await page.getByLabel('Sắp xếp').selectOption('newest');
  // Applied without the button, and empty fields stay out of the address.
  await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);
  expect(new URL(page.url()).search).not.toMatch(/=(&|$)/);
});

test('a plain statistics page applies a changed year at once', async ({ page, request }) => {
  const path = '/stats?from=2021&to=2025';
  await plainAnswer(request, path);
  expect((await page.goto(path))!.headers()['x-gs-render']).toBe('plain');
  await page.getByLabel('Từ năm').selectOption('2023');
  await expect(page).toHaveURL(/[?&]from=2023(&|$)/);
  await expect(page.getByRole('heading', { name: 'Thống kê', level: 1 })).toBeVisible();
});
