import { expect, test } from '@playwright/test';
import { PERSONAS, signIn } from './auth-helpers';
import { cachedAnswer, gotoCachedPage, policyViolations } from './fixtures';

const nonceOf = (csp: string | undefined) => csp?.match(/'nonce-([^']+)'/)?.[1];

test('a public page comes from the cache the second time, with its own nonce on every script', async ({ request }) => {
  const path = '/examples?year=2024&sort=newest';
  const res = await cachedAnswer(request, path);
  const again = await request.get(path);
  const [a, b] = [nonceOf(res.headers()['content-security-policy']), nonceOf(again.headers()['content-security-policy'])];
  expect(a).toBeTruthy();
  expect(a).not.toBe(b);
  const html = await res.text();
  const stamped = [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
  expect(stamped.length).toBeGreaterThan(0);
  expect(new Set(stamped)).toEqual(new Set([a]));
});

test("a cached page from Next runs Next's scripts under the strict policy", async ({ page }) => {
  const violations = policyViolations(page);
  const response = await gotoCachedPage(page, '/open-data');
  expect(response.headers()['x-gs-render']).toBeUndefined();
  await page.waitForLoadState('networkidle');
  // The inline page data only runs with the right nonce.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  // Hydrated: a client-side navigation works from the cached page.
  await page.getByRole('link', { name: 'Thống kê' }).first().click();
  await expect(page).toHaveURL(/\/stats/);
  expect(violations).toEqual([]);
});

test('a cached list rendered without Next runs its islands script under the strict policy', async ({ page }) => {
  const violations = policyViolations(page);
  const response = await gotoCachedPage(page, '/examples?year=2023');
  expect(response.headers()['x-gs-render']).toBe('plain');
  // The commune finder exists only once the islands script has run.
  if ((page.viewportSize()?.width ?? 0) < 1024) await page.locator('details#bo-loc-chi-tiet summary').click();
  await expect(page.getByRole('combobox', { name: 'Tìm xã, phường' })).toBeAttached();
  expect(violations).toEqual([]);
});

test('signed-in visitors always get a fresh page', async ({ page }) => {
  await signIn(page, PERSONAS.reviewerIn);
  for (let i = 0; i < 2; i++) {
    const response = await page.goto('/');
    expect(response!.headers()['x-gs-cache']).toBeUndefined();
  }
});
