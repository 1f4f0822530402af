import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { PERSONAS, signIn } from './auth-helpers';
import { expectNoAxeViolations } from './fixtures';

const CAMPAIGN = 'chung-tay-vi-nguoi-ngheo-2021-2025';
const COMMUNE_EMBED = '/embed/communes/25267';

// A commune's portal: another origin (another port) that frames what it is given in ?src=.
let portal: Server;
let portalUrl = '';
test.beforeAll(async () => {
  portal = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://portal').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin xã</title></head><body><h1>Cổng thông tin xã</h1>` +
        `<iframe src="${src.replace(/"/g, '')}" title="Điển hình" width="360" height="800" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => portal.close(() => resolve())));

test('a portal frames the commune list, and no other page; the lists are accessible and set no cookie', async ({ page, request, baseURL }) => {
  await page.goto(`${portalUrl}/?src=${encodeURIComponent(`${baseURL}${COMMUNE_EMBED}`)}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Gương điển hình, mô hình giảm nghèo ở Xã Phú Nghĩa');
  const first = frame.getByRole('listitem').first().getByRole('link');
  await expect(first).toHaveAttribute('target', '_blank');
  await expect(first).toHaveAttribute('rel', 'noopener');
  await expect(first).toHaveAttribute('href', /\/examples\/[a-z0-9-]+$/);

  // Any other page refuses the frame (frame-ancestors 'none', X-Frame-Options: DENY).
  await page.goto(`${portalUrl}/?src=${encodeURIComponent(`${baseURL}/communes/25267`)}`);
  await expect.poll(() => page.frames().at(-1)?.url()).toMatch(/^chrome-error:/);

  // Through the page cache too: the stored copy carries the same headers.
  for (const cache of [/^(miss|hit)$/, /^hit$/]) {
    const response = await request.get(COMMUNE_EMBED);
    const headers = response.headers();
    expect(headers['x-gs-cache']).toMatch(cache);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors \*(;|$)/);
    expect(headers['x-frame-options']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
  }
  expect((await request.get('/communes/25267')).headers()['x-frame-options']).toBe('DENY');

  for (const path of [COMMUNE_EMBED, `/embed/campaigns/${CAMPAIGN}`]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('the commune page offers the snippet to paste into a portal', async ({ page }) => {
  await page.goto('/communes/25267');
  await page.getByText('Nhúng danh sách vào cổng thông tin').click();
  const snippet = page.getByLabel('Mã nhúng (HTML)');
  await expect(snippet).toBeVisible();
  await expect(snippet).toHaveValue(/^<iframe src="http[^"]+\/embed\/communes\/25267" title="Điển hình ở Xã Phú Nghĩa" .*loading="lazy".*><\/iframe>$/);
  await expectNoAxeViolations(page);
});

test('a reviewer downloads the casebook from the reports page', async ({ page }) => {
  await signIn(page, PERSONAS.reviewerIn);
  await page.goto(`/review/reports?campaign=${CAMPAIGN}&year=2024`);
  const panel = page.getByRole('region', { name: 'Kỷ yếu (PDF)' });
  await expect(panel.getByLabel('Địa bàn')).toHaveValue('2024:691');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Tải kỷ yếu (PDF)' }).click();
  // Made on the server while the page shows its progress: allow for a slow machine.
  await expect(panel.getByRole('status')).toContainText('Đã tạo xong kỷ yếu', { timeout: 60_000 });
  const file = await download;
  expect(file.suggestedFilename()).toBe(`ky-yeu-${CAMPAIGN}-2024-2024-691.pdf`);
  const stream = await file.createReadStream();
  const head = await new Promise<Buffer>((resolve) => stream.once('data', (chunk) => resolve(Buffer.from(chunk))));
  stream.destroy();
  expect(head.subarray(0, 5).toString()).toBe('%PDF-');
});
