import { expect, test, type APIRequestContext } from '@playwright/test';
import { callAction, clientFor, serverActions } from './auth-helpers';

// Issue 14: what an attacker tried over HTTP, tried again.
const IDLE = { status: 'idle' };

function loginAction() {
  const action = serverActions().find((a) => a.name === 'loginAction');
  if (!action) throw new Error('no loginAction in the build');
  return action;
}

test.describe('sign-in', () => {
  let admin: APIRequestContext;
  test.beforeAll(async ({ browser, baseURL }) => {
    admin = await clientFor(browser, baseURL!, 'admin');
  });
  test.afterAll(() => admin.dispose());

  test('the return path never leaves the site', async () => {
    for (const next of [
      '/%09/evil.example',
      '/%0A/evil.example',
      '//evil.example',
      '/%5Cevil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
    ]) {
      const res = await admin.get(`/login?next=${encodeURIComponent(next).replace(/%25/g, '%')}`, { maxRedirects: 0 });
      expect(res.status(), next).toBe(307);
      const location = res.headers().location ?? '';
      expect(location, next).not.toMatch(/[\t\n\r\\]/);
      expect(new URL(location, 'http://site.test').origin, next).toBe('http://site.test');
      expect(location, next).toBe('/admin');
    }
  });

  test('the audit log shows the address the request came from, not the one it claimed', async ({ request: anonymous, baseURL }) => {
    const email = 'gia-mao-dia-chi@guongsang.test';
    await callAction(anonymous, baseURL!, loginAction(), {
      args: [IDLE],
      fields: { email, password: 'khong-phai-mat-khau-nay' },
      headers: { 'X-Forwarded-For': '203.0.113.99', 'X-Real-IP': '203.0.113.98', Forwarded: 'for=203.0.113.97' },
    });
    const page = await (await admin.get(`/admin/audit?action=login_failed&actor=${encodeURIComponent(email)}`)).text();
    expect(page).toContain(email);
    expect(page).toContain('127.0.0.1');
    expect(page).not.toMatch(/203\.0\.113\.9[789]/);
  });

  test('a forged X-Forwarded-Host does not make a foreign page look like this site', async ({ request: anonymous, baseURL }) => {
    const res = await callAction(anonymous, baseURL!, loginAction(), {
      args: [IDLE],
      fields: { email: 'admin@guongsang.test', password: 'guongsang-demo-2025' },
      origin: 'https://evil.example',
      headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' },
    });
    expect(res.headers()['set-cookie'] ?? '').not.toContain('gs_session=');
  });
});
