import { readFileSync } from 'node:fs';
import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/seed/demo-units';

export const PERSONAS = {
  memberA: 'phunghia@guongsang.test',
  memberB: 'hoinongdan@guongsang.test',
  reviewerIn: 'thamdinh@guongsang.test',
  reviewerOut: 'thamdinh.dongxoai@guongsang.test',
  admin: 'admin@guongsang.test',
  // The commune level of both campaigns (new Đa Kia) and the province level of 2026–2030 (Đồng Nai).
  reviewerCommune: 'thamdinh.xa@guongsang.test',
  reviewerProvince: 'thamdinh.tinh@guongsang.test',
} as const;
export type Persona = keyof typeof PERSONAS | 'anonymous';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  const form = page.getByRole('form', { name: 'Đăng nhập' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Mật khẩu').fill(password);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs out and waits until the server has ended the session (before the next sign-in starts). */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.waitForURL(/\/login\?signedOut=1/);
}

/** An HTTP client carrying the persona's session cookie (none for anonymous). */
export async function clientFor(browser: Browser, baseURL: string, who: Persona): Promise<APIRequestContext> {
  if (who === 'anonymous') return playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, PERSONAS[who]);
  const storageState = await context.storageState();
  await context.close();
  return playwrightRequest.newContext({ baseURL, storageState, maxRedirects: 0 });
}

export interface ServerAction {
  id: string;
  name: string;
  /** A page path where the action is registered, from the build's manifest. */
  route: string;
}

/** Every server action of the build, found in Next's manifest so none can be forgotten. */
export function serverActions(): ServerAction[] {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const route = worker
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^)]+\)/g, '')
      .replace('[token]', 'x'.repeat(43))
      .replace('[id]', '00000000-0000-4000-8000-000000000000');
    return { id, name: entry.exportedName, route: route || '/' };
  });
}

/** Calls an action the way React does (Next-Action header, arguments as a multipart reply). */
export async function callAction(
  client: APIRequestContext,
  baseURL: string,
  action: ServerAction,
  {
    args,
    fields = {},
    origin,
    cookie,
    headers = {},
  }: { args: unknown[]; fields?: Record<string, string>; origin?: string; cookie?: string; headers?: Record<string, string> },
) {
  // As React sends it: the form's fields first (the server resolves "$K1" when it reads part "0"),
  // in a FormData because a plain object would put the integer-like key "0" first.
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append('0', JSON.stringify([...args, '$K1']));
  return client.post(action.route, {
    headers: {
      ...headers,
      'Next-Action': action.id,
      Accept: 'text/x-component',
      Origin: origin ?? new URL(baseURL).origin,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    multipart,
    maxRedirects: 0,
  });
}

export async function expectSignedInArea(page: Page, path: string) {
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}(\\?|$)`));
}
