import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { onePagePdf, streamObject } from '../tests/uploads/pdf-samples';
import { callAction, clientFor, serverActions } from './auth-helpers';

// Issue 14: what an attacker tried over HTTP, tried again.
const IDLE = { status: 'idle' };

function actionNamed(name: string) {
  const action = serverActions().find((a) => a.name === name);
  if (!action) throw new Error(`no ${name} in the build`);
  return action;
}
const loginAction = () => actionNamed('loginAction');

/** A plain, passive PDF of about `megabytes` MB (the checker accepts it), with random filler. */
function pdfOf(megabytes: number): Buffer {
  return onePagePdf('', '', '', [streamObject('', randomBytes(megabytes * 1024 * 1024))]).bytes;
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
    // Not filtered by e-mail: past the anonymous limit per address, rows keep the address but not the details.
    const page = await (await admin.get('/admin/audit?action=login_failed')).text();
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

test.describe('bounds on what a request may carry', () => {
  let member: APIRequestContext;
  let draftId: string;
  test.beforeAll(async ({ browser, baseURL }) => {
    member = await clientFor(browser, baseURL!, 'memberA');
    const saved = await callAction(member, baseURL!, actionNamed('saveNominationAction'), {
      args: [],
      fields: {
        title: 'Hồ sơ thử tải tài liệu lớn',
        campaignId: '1',
        year: '2024',
        communeTree: '2024',
        communeCode: '25267',
        nomineeKind: 'model',
        field: 'production',
        clientKey: randomUUID(),
      },
    });
    const answer = await saved.text();
    draftId = answer.match(/"id":"([0-9a-f-]{36})"/)?.[1] ?? '';
    expect(draftId, answer).not.toBe('');
  });
  test.afterAll(() => member.dispose());

  const upload = (baseURL: string, bytes: Buffer) =>
    member.post(`/nominations/${draftId}/attachments`, {
      headers: { Origin: new URL(baseURL).origin },
      multipart: { kind: 'document', caption: 'Báo cáo thành tích', file: { name: 'bao-cao.pdf', mimeType: 'application/pdf', buffer: bytes } },
    });

  test('a 15 MB PDF is stored intact', async ({ baseURL }) => {
    const pdf = pdfOf(15);
    const res = await upload(baseURL!, pdf);
    expect(res.status(), await res.text()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const file = await member.get(`/files/${id}`);
    expect(file.status()).toBe(200);
    const body = await file.body();
    expect(body.length).toBe(pdf.length);
    expect(createHash('sha256').update(body).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  test('a 25 MB PDF is refused whole, with a message that says why', async ({ baseURL }) => {
    const res = await upload(baseURL!, pdfOf(25));
    expect(res.status()).toBe(413);
    expect(((await res.json()) as { message: string }).message).toBe('Tài liệu vượt quá 20 MB.');
  });

  test('an anonymous server action may not post megabytes', async ({ request, baseURL }) => {
    const res = await callAction(request, baseURL!, loginAction(), {
      args: [IDLE],
      fields: { email: 'admin@guongsang.test', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.status()).toBe(413);
    expect(await res.text()).toContain('quá lớn');
  });
});
