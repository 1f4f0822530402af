import { expect, test } from '@playwright/test';
import { PERSONAS, signIn } from './auth-helpers';
import { policyViolations } from './fixtures';

const PATHS = ['/', '/examples', '/login', '/api/v1/examples', '/feed.xml', '/no-such-page'];

test('every response carries the security headers, and pages a nonce-based policy', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PATHS) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['x-frame-options'], path).toBe('DENY');
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
  }
  expect(nonces.size).toBe(PATHS.length);
});

test('the page’s own scripts carry the nonce; an injected inline script does not run', async ({ page }) => {
  const violations = policyViolations(page);
  const response = await page.goto('/examples');
  const nonce = response!.headers()['content-security-policy']!.match(/'nonce-([^']+)'/)![1];
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  expect(violations).toEqual([]);
});

test('pages Next could prerender (open data, a missing page) also run their scripts: none is refused by the policy', async ({ page }) => {
  const violations = policyViolations(page);
  for (const path of ['/open-data', '/no-such-page']) {
    const response = await page.goto(path);
    const nonce = response!.headers()['content-security-policy']!.match(/'nonce-([^']+)'/)![1];
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(
      scripts.every((n) => n === nonce),
      path,
    ).toBe(true);
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('an inline script that slipped into the HTML is blocked, while the page’s own scripts run', async ({ page }) => {
  // What a stored-XSS payload would be if some text were ever rendered raw: same response, same headers.
  await page.route('**/examples', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/examples');
  await page.waitForLoadState('networkidle');
  // The commune finder is added by the page's own script, whether Next's or the islands script of a plain page.
  await expect(page.getByRole('combobox', { name: 'Tìm xã, phường' })).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
});

test('the session cookie is HttpOnly, SameSite=Lax and Secure under next start', async ({ page }) => {
  await signIn(page, PERSONAS.reviewerOut);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('gs_session'));
  expect(cookie).toBeTruthy();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
  expect(cookie!.secure).toBe(true);
  expect(cookie!.path).toBe('/');
});
