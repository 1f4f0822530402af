import { expect, test, type Page } from '@playwright/test';
import { readJson, type ApiErrorBody, type ExamplesPage } from './api';
import { demoSlug, expectNoAxeViolations, sitemapText } from './fixtures';

/** On a phone the filters other than the search box are folded into a <details>. */
async function openFilters(page: Page) {
  const summary = page.locator('#bo-loc summary');
  if (!(await summary.isVisible())) return;
  if (!(await page.locator('#bo-loc details').evaluate((details: HTMLDetailsElement) => details.open))) await summary.click();
}

async function choose(page: Page, label: string | RegExp, value: string, urlPart: RegExp) {
  await openFilters(page);
  await Promise.all([page.waitForURL(urlPart), page.getByLabel(label).selectOption(value)]);
}

async function shownTitles(page: Page) {
  return page.locator('main article h3').allTextContents();
}

test('a citizen narrows down to Phú Nghĩa in 2023 and sees exactly its approved examples', async ({ page, request }) => {
  await page.goto('/examples');
  await choose(page, /Quận, huyện/, '691', /district=691/);
  await choose(page, /Xã, phường/, '2024:25267', /commune=2024%3A25267|commune=2024:25267/);
  await choose(page, 'Năm', '2023', /year=2023/);
  const api = await readJson<ExamplesPage>(request.get('/api/v1/examples?district=691&commune=2024:25267&year=2023&limit=100'));
  expect(api.items.length).toBeGreaterThan(0);
  for (const item of api.items) {
    expect(item.commune.code).toBe('25267');
    expect(item.year).toBe(2023);
  }
  expect((await shownTitles(page)).sort()).toEqual(api.items.map((i: { title: string }) => i.title).sort());
  await expect(page.getByRole('heading', { name: `${api.items.length} điển hình` })).toBeVisible();
});

test('a search without accents finds the cattle-bank model, highlighted', async ({ page }) => {
  await page.goto('/examples');
  await page.getByLabel('Tìm kiếm').fill('ngan hang bo');
  await Promise.all([page.waitForURL(/q=ngan/), page.getByLabel('Tìm kiếm').press('Enter')]);
  const first = page.locator('main article').first();
  await expect(first.getByRole('heading')).toContainText('Ngân hàng bò');
  await expect(first.locator('mark').first()).toBeVisible();
});

test('a small typo still finds the model', async ({ page }) => {
  await page.goto('/examples?q=ngaan+hang+bo');
  await expect(page.locator('main article').first().getByRole('heading')).toContainText('Ngân hàng bò');
});

test('the new commune Đa Kia gathers the examples of old Phước Minh and Bình Thắng', async ({ page, request }) => {
  await page.goto('/examples');
  await choose(page, 'Tỉnh, thành phố', '2025:75', /province=2025/);
  await choose(page, /Xã, phường/, '2025:25231', /commune=2025/);
  const cards = page.locator('main article');
  await expect(cards.first()).toBeVisible();
  await expect(page.locator('main').getByText('Xã Phước Minh').first()).toBeVisible();
  await expect(
    page
      .locator('main')
      .getByText(/nay là Xã Đa Kia/)
      .first(),
  ).toBeVisible();
  const api = await readJson<ExamplesPage>(request.get('/api/v1/examples?commune=25231&limit=100'));
  const communes = new Set(api.items.map((i: { commune: { code: string } }) => i.commune.code));
  expect(communes.has('25232')).toBe(true);
  expect(communes.has('25234')).toBe(true);
  expect(await cards.count()).toBe(Math.min(api.total, 12));
});

test('the commune finder turns “da kia” into Xã Đa Kia of either tree, and choosing one filters the list', async ({ page, request }) => {
  test.setTimeout(60_000); // two page loads and an axe run
  await page.goto('/examples?year=2025');
  await openFilters(page);
  const box = page.getByRole('combobox', { name: 'Tìm xã, phường' });
  const lookups: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/v1/communes')) lookups.push(r.url());
  });
  await box.pressSequentially('da kia', { delay: 40 });
  const list = page.getByRole('listbox');
  const current = list.getByRole('option', { name: /Xã Đa Kia.*Tỉnh Đồng Nai.*từ 01\/07\/2025/ });
  await expect(current).toBeVisible();
  await expect(list.getByRole('option', { name: /Xã Đa Kia.*Huyện Bù Gia Mập.*trước 01\/07\/2025/ })).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!);
  // Debounced: one request for a burst of keystrokes, not one per letter.
  // “da” alone already lists Đa Kia, so the list can show before the last lookup is sent: wait for it.
  await expect.poll(() => lookups.at(-1)).toContain('q=da%20kia');
  expect(lookups.length).toBeLessThan(6);

  const currentId = await current.getAttribute('id');
  // Escape closes the list and keeps the text; the arrow keys reopen it and move the highlight.
  await box.press('Escape');
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('da kia');
  for (let i = 0; i < 5 && (await box.getAttribute('aria-activedescendant')) !== currentId; i++) await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', currentId!);
  await expect(current).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page);

  await Promise.all([page.waitForURL(/commune=2025(%3A|:)25231/), box.press('Enter')]);
  const url = new URL(page.url());
  expect(url.searchParams.get('commune')).toBe('2025:25231');
  expect(url.searchParams.get('year')).toBe('2025');
  expect(url.searchParams.has('province')).toBe(false);
  const api = await readJson<ExamplesPage>(request.get('/api/v1/examples?commune=2025:25231&year=2025&limit=100'));
  expect(api.total).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: `${api.total} điển hình` })).toBeVisible();
  expect((await shownTitles(page)).sort()).toEqual(api.items.map((i: { title: string }) => i.title).sort());
  await expect(page.getByRole('list', { name: 'Bộ lọc đang dùng' })).toContainText('Xã Đa Kia');
});

/** Filters whose chosen option is cut off by the select's edge (Chromium draws its arrow inside the box). */
async function clippedSelects(page: Page) {
  return page.locator('#bo-loc select').evaluateAll((selects: HTMLSelectElement[]) => {
    const context = document.createElement('canvas').getContext('2d')!;
    const arrow = 24;
    return selects
      .filter((select) => select.offsetParent !== null)
      .map((select) => {
        const style = getComputedStyle(select);
        context.font = style.font;
        const text = select.selectedOptions[0]?.text ?? '';
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
        return { id: select.id, text, width: Math.ceil(context.measureText(text).width), room };
      })
      .filter((shown) => shown.width > shown.room);
  });
}

test('every filter shows its chosen value in full, with its count', async ({ page }) => {
  // Nothing chosen above the district: its prompt is the longest text shown in a closed select.
  await page.goto('/examples?kind=household&year=2023&sort=impact');
  await openFilters(page);
  await expect(page.getByLabel('Loại', { exact: true })).toBeVisible();
  expect(await clippedSelects(page)).toEqual([]);
  await page.goto('/examples?province=2024%3A70&district=691&commune=2024%3A25267&kind=household&year=2023');
  await openFilters(page);
  expect(await clippedSelects(page)).toEqual([]);
});

test('an example page shows its story and photos', async ({ page }) => {
  await page.goto('/examples?q=ngan+hang+bo+phu+nghia');
  await page.locator('main article h3 a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ngân hàng bò');
  await expect(page.getByRole('heading', { name: 'Câu chuyện' })).toBeVisible();
  const photo = page.locator('figure img').first();
  await expect(photo).toBeVisible();
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect((JSON.parse(jsonLd ?? '{}') as { '@type'?: string })['@type']).toBe('Article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Ngân hàng bò/);
});

for (const status of ['draft', 'submitted', 'returned', 'rejected', 'unpublished'] as const) {
  test(`a ${status} nomination is not public`, async ({ page, request }) => {
    const slug = demoSlug(status);
    expect((await page.goto(`/examples/${slug}`))?.status()).toBe(404);
    expect((await request.get(`/api/v1/examples/${slug}`)).status()).toBe(404);
  });
}

test('the API returns the same items as the page for the same filters', async ({ page, request }) => {
  const query = 'district=691&kind=model&sort=newest';
  await page.goto(`/examples?${query}`);
  const api = await readJson<ExamplesPage>(request.get(`/api/v1/examples?${query}&limit=12`));
  expect(await shownTitles(page)).toEqual(api.items.map((i: { title: string }) => i.title));
});

for (const path of ['/', '/examples', '/examples?q=ngan+hang+bo', 'example', '/communes/25231', '/communes/2024-25232', '/open-data', '/khong-co']) {
  test(`no accessibility violations on ${path === 'example' ? 'an example page' : path}`, async ({ page }) => {
    test.setTimeout(60_000);
    let target = path;
    if (path === 'example') target = `/examples/${(await readJson<ExamplesPage>(page.request.get('/api/v1/examples?limit=1'))).items[0]!.slug}`;
    await page.goto(target);
    await expectNoAxeViolations(page);
  });
}

test('the API refuses bad parameters with a Vietnamese 400 and never a 500', async ({ request }) => {
  const cases: [string, string][] = [
    ['year=abc', 'invalid_year'],
    ['limit=1000', 'invalid_limit'],
    ['cursor=%%%', 'invalid_cursor'],
    ['commune=99999', 'unknown_commune'],
    ['kind=alien', 'invalid_kind'],
  ];
  for (const [query, code] of cases) {
    const response = await request.get(`/api/v1/examples?${query}`);
    expect(response.status(), query).toBe(400);
    const body = await readJson<ApiErrorBody>(response);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[à-ỹ]/);
  }
  for (const q of ["'; DROP TABLE nominations; --", '%_%', 'x'.repeat(10_000), '🐄']) {
    const response = await request.get(`/api/v1/examples?q=${encodeURIComponent(q)}`);
    expect(response.status()).toBe(200);
  }
  const ok = await request.get('/api/v1/examples?limit=2');
  expect(ok.headers()['access-control-allow-origin']).toBe('*');
});

test('the feed, sitemap and robots list only published examples', async ({ request }) => {
  const feed = await (await request.get('/feed.xml?district=691')).text();
  expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  const sitemap = await sitemapText(request);
  expect(sitemap).toContain(`/examples/${demoSlug('approved')}<`);
  for (const status of ['draft', 'submitted', 'returned', 'rejected', 'unpublished'] as const) {
    expect(feed).not.toContain(`/examples/${demoSlug(status)}<`);
    expect(sitemap).not.toContain(`/examples/${demoSlug(status)}<`);
  }
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});
