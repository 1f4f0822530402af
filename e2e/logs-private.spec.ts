import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/seed/demo-units';
import { PERSONAS, signIn } from './auth-helpers';
import { openRequestForm } from './living/replication-steps';

// A whole journey against a server of its own, whose stdout and stderr go to a file, then a search of that
// file for the password and every private value typed on the way: none may appear, at any log level.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const unique = `${Date.now().toString().slice(-6)}${Math.floor(Math.random() * 90 + 10)}`;
const PLANTED = {
  nominationPhone: `0987${unique}`.slice(0, 10),
  nominationAddress: `Tổ ${unique}, ấp Bí Mật`,
  nominationContact: `Chị Lan, lan.${unique}@rieng.example.vn`,
  requesterPhone: `0356${unique}`.slice(0, 10),
  requesterEmail: `nguoihoc.${unique}@rieng.example.vn`,
  requesterName: `Người học ${unique}`,
  newMemberEmail: `can-bo-log-${unique}@guongsang.test`,
  newMemberPassword: `Mat khau rieng ${unique} nhe`,
  wrongEmail: `khong-co-${unique}@rieng.example.vn`,
  wrongPassword: `sai-mat-khau-${unique}`,
  searchTerm: `tim-kiem-${unique}`,
};

let server: ChildProcess | null = null;
let logPath = '';
let base = '';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  logPath = testInfo.outputPath('server.log');
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'trace', PORT: String(port) };
  if (!process.env.DATABASE_URL) {
    // The suite's server holds its PGlite folder (one process at a time): this one gets a seeded copy of its own.
    env.PGLITE_DIR = mkdtempSync(join(tmpdir(), 'gs-logs-pglite-'));
    env.UPLOAD_DIR = mkdtempSync(join(tmpdir(), 'gs-logs-uploads-'));
    // .ci/run keeps a copy of the suite's freshly seeded folders (closed, before its server opened them):
    // copying them costs a second where seeding again costs most of a minute on a loaded machine.
    const copy = process.env.E2E_SEEDED_PGLITE_DIR && process.env.E2E_SEEDED_UPLOAD_DIR;
    if (copy) {
      cpSync(process.env.E2E_SEEDED_PGLITE_DIR!, env.PGLITE_DIR, { recursive: true });
      cpSync(process.env.E2E_SEEDED_UPLOAD_DIR!, env.UPLOAD_DIR, { recursive: true });
    } else {
      const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts'], { env, encoding: 'utf8' });
      expect(seeded.status, seeded.stderr).toBe(0);
    }
  }
  const log = openSync(logPath, 'w');
  // As the suite's own server (playwright.config.ts): the compiled server, one process.
  server = spawn(process.execPath, ['dist/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, WEB_CONCURRENCY: '1' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server stopped:\n${readFileSync(logPath, 'utf8')}`);
    const ready = await fetch(`${base}/api/ready`).catch(() => null);
    if (ready?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server was not ready:\n${readFileSync(logPath, 'utf8')}`);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
});

test('the server log holds no password, token or private value from a full journey', async ({ browser }) => {
  let setupToken = '';
  // Session cookies (and any other) handed out on the way: their values are secrets too.
  const cookies = new Set<string>();
  const keepCookies = async (c: BrowserContext) => {
    for (const cookie of await c.cookies()) if (cookie.value.length >= 16) cookies.add(decodeURIComponent(cookie.value));
  };
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();

  await test.step('a visitor searches, and fails to sign in with an unknown address', async () => {
    await page.goto(`/examples?q=${encodeURIComponent(PLANTED.searchTerm)}`);
    await page.goto('/login');
    const form = page.getByRole('form', { name: 'Đăng nhập' });
    await form.getByLabel('Email').fill(PLANTED.wrongEmail);
    await form.getByLabel('Mật khẩu').fill(PLANTED.wrongPassword);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(form.getByRole('status')).toHaveText('Email hoặc mật khẩu không đúng.');
  });

  await test.step('a unit signs in with the demo password and saves a nomination with private contact fields', async () => {
    await signIn(page, PERSONAS.memberA, DEMO_PASSWORD);
    await page.goto('/nominations/new');
    const form = page.getByRole('form', { name: 'Hồ sơ giới thiệu điển hình' });
    await form.getByLabel('Loại điển hình').selectOption('household');
    await form.getByLabel('Lĩnh vực').selectOption('production');
    await form.getByLabel('Tên điển hình (tiêu đề)').fill(`Hộ kiểm tra nhật ký ${unique}`);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Đã lưu lúc/ })
        .first(),
    ).toBeVisible({ timeout: 20_000 });
    await form.getByLabel('Số điện thoại liên hệ').fill(PLANTED.nominationPhone);
    await form.getByLabel('Địa chỉ').fill(PLANTED.nominationAddress);
    await form.getByLabel('Người liên hệ của đơn vị').fill(PLANTED.nominationContact);
    await page.getByRole('button', { name: 'Lưu nháp' }).first().click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /Đã lưu lúc/ })
        .first(),
    ).toBeVisible({ timeout: 20_000 });
    await page.reload();
    await expect(form.getByLabel('Số điện thoại liên hệ')).toHaveValue(PLANTED.nominationPhone);
    await expect(form.getByLabel('Người liên hệ của đơn vị')).toHaveValue(PLANTED.nominationContact);
    await keepCookies(context);
  });

  await test.step('a citizen asks to learn from an example, with a phone number and an e-mail', async () => {
    const citizen = await browser.newContext({ baseURL: base, javaScriptEnabled: false });
    const visitor = await citizen.newPage();
    const form = await openRequestForm(visitor);
    await form.getByLabel('Họ và tên (bắt buộc)').fill(PLANTED.requesterName);
    await form.getByLabel('Số điện thoại').fill(PLANTED.requesterPhone);
    await form.getByLabel('Email').fill(PLANTED.requesterEmail);
    await form.getByLabel('Hệ địa giới').selectOption('2024');
    await form.getByLabel('Mã xã (5 chữ số)').fill('25231');
    await form.getByLabel(/Bạn muốn học hỏi điều gì/).fill('Xin hẹn ngày đến tham quan mô hình.');
    await form.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await expect(visitor.getByRole('heading', { name: 'Đã gửi đăng ký' })).toBeVisible();
    await keepCookies(citizen);
    await citizen.close();
  });

  await test.step('an admin creates an account; its setup link sets a password', async () => {
    const adminContext = await browser.newContext({ baseURL: base });
    const admin = await adminContext.newPage();
    await signIn(admin, PERSONAS.admin, DEMO_PASSWORD);
    await admin.getByRole('link', { name: 'Tạo tài khoản' }).click();
    const create = admin.getByRole('form', { name: 'Tạo tài khoản' });
    await create.getByLabel('Họ và tên').fill('Cán Bộ Nhật Ký');
    await create.getByLabel('Email').fill(PLANTED.newMemberEmail);
    await create.getByLabel('Vai trò').selectOption('unit_member');
    await create.getByLabel('Đơn vị công tác').selectOption({ label: 'UBND xã Phú Nghĩa' });
    await create.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(create.getByRole('status')).toContainText('Đã tạo tài khoản');
    const link = await create.getByLabel(/Đường dẫn đặt mật khẩu/).inputValue();
    setupToken = new URL(link).pathname.split('/').pop()!;
    expect(setupToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);

    const memberContext = await browser.newContext({ baseURL: base });
    const member = await memberContext.newPage();
    await member.goto(`/setup/${setupToken}`);
    const setup = member.getByRole('form', { name: 'Đặt mật khẩu' });
    await setup.getByLabel('Mật khẩu mới', { exact: true }).fill(PLANTED.newMemberPassword);
    await setup.getByLabel('Nhập lại mật khẩu mới').fill(PLANTED.newMemberPassword);
    await setup.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await expect(member).toHaveURL(/\/login\?passwordSet=1/);
    await signIn(member, PLANTED.newMemberEmail, PLANTED.newMemberPassword);
    await keepCookies(adminContext);
    await keepCookies(memberContext);
    await memberContext.close();
    await adminContext.close();
  });
  await context.close();

  await test.step('the server stops, and its whole log holds none of it', async () => {
    const stopped = new Promise((resolve) => server!.once('exit', resolve));
    server!.kill('SIGTERM');
    await stopped;
    const log = readFileSync(logPath, 'utf8');
    // The log is there and is the request log: the search above did not pass because nothing was written.
    const requests = log.split('\n').filter((line) => line.includes('"msg":"request"'));
    expect(requests.length).toBeGreaterThan(20);
    expect(requests.some((line) => line.includes('"method":"POST"') && line.includes('"route":"workspace"'))).toBe(true);
    expect(requests.some((line) => line.includes('"route":"auth"'))).toBe(true);

    expect(cookies.size).toBeGreaterThan(0);
    const secrets = [DEMO_PASSWORD, setupToken, ...cookies, ...Object.values(PLANTED)];
    const forms = (value: string) => [value, encodeURIComponent(value), value.replace(/ /g, '+'), JSON.stringify(value).slice(1, -1)];
    const found = [...new Set(secrets.flatMap(forms))].filter((value) => log.includes(value));
    // Digits of the phone numbers even when split up ("0987 123 456"), and the unique part alone.
    const digitsOnly = log.replace(/\D+/g, ' ');
    for (const phone of [PLANTED.nominationPhone, PLANTED.requesterPhone]) if (digitsOnly.includes(phone)) found.push(`${phone} (digits)`);
    if (log.includes(unique)) found.push(`the unique part ${unique}`);
    expect(found, `private values in ${logPath}`).toEqual([]);
  });
});
