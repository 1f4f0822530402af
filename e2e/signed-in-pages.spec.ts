import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../db/seed/demo-units';
import { PERSONAS, signIn } from './auth-helpers';
import { expectNoAxeViolations } from './fixtures';

// Every page a signed-in person can reach, on the desktop and at 360 px: axe-clean, no sideways scroll, and
// the site header says who is signed in (not "Đăng nhập"). At 360 px axe checks the first page only (below).

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

interface Visit {
  /** A fixed path, or a list page and the pattern of the first link on it to follow. */
  path: string;
  follow?: RegExp;
}

const REVIEW: Visit[] = [
  { path: '/review' },
  { path: '/review?tab=mine', follow: new RegExp(`^/review/${UUID}$`) },
  { path: '/review?tab=all', follow: new RegExp(`^/review/${UUID}$`) },
  { path: '/review/reports' },
  { path: '/review/reports/follow-ups' },
  { path: '/review/comments' },
  { path: '/review/comments?tab=published' },
  { path: '/review/comments?tab=hidden' },
];
const COMMON: Visit[] = [{ path: '/notifications' }, { path: '/account' }];

const WHO: Record<string, { email: string; visits: Visit[] }> = {
  unit: {
    email: PERSONAS.memberA,
    visits: [
      { path: '/nominations' },
      { path: '/nominations/new' },
      { path: '/nominations?status=draft', follow: new RegExp(`^/nominations/${UUID}$`) },
      { path: '/nominations', follow: new RegExp(`^/nominations/${UUID}$`) },
      ...COMMON,
    ],
  },
  // The district decides the demo dossier in public notice: its page has the opinions and the judging forms.
  reviewer: { email: PERSONAS.reviewerIn, visits: [...REVIEW, { path: '/review?tab=notice', follow: new RegExp(`^/review/${UUID}$`) }, ...COMMON] },
  'commune reviewer': { email: PERSONAS.reviewerCommune, visits: [...REVIEW, ...COMMON] },
  'province reviewer': { email: PERSONAS.reviewerProvince, visits: [...REVIEW, ...COMMON] },
  admin: {
    email: PERSONAS.admin,
    visits: [
      { path: '/admin' },
      { path: '/admin/users/new' },
      { path: '/admin', follow: new RegExp(`^/admin/users/${UUID}$`) },
      { path: '/admin/units' },
      { path: '/admin/units', follow: /^\/admin\/units\/\d+$/ },
      { path: '/admin/campaigns' },
      { path: '/admin/campaigns/new' },
      { path: '/admin/campaigns', follow: /^\/admin\/campaigns\/\d+$/ },
      { path: '/admin/campaigns/1/review' },
      { path: '/admin/audit' },
      ...REVIEW,
      ...COMMON,
    ],
  },
};

/** The first link on the page whose path matches. */
async function firstLink(page: Page, pattern: RegExp): Promise<string | null> {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

/** The review queue's tabs, as the page links them. */
async function reviewTabs(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/review?tab="]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs)];
}

async function checkPage(page: Page, path: string, name: string, axe: boolean) {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${path} answers`).toBe(200);
  const banner = page.getByRole('banner');
  expect.soft(await banner.getByRole('link', { name: 'Đăng nhập' }).count(), `${path}: the header offers "Đăng nhập"`).toBe(0);
  await expect.soft(banner, `${path}: the header names the user`).toContainText(name);
  // Against the configured width. On a phone, Chromium zooms out to fit content that overflows: then it is
  // window.innerWidth that grows past the screen, while documentElement.scrollWidth stays at the screen's width.
  const width = page.viewportSize()!.width;
  const extent = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth));
  expect.soft(extent, `${path} scrolls sideways (${extent} > ${width})`).toBeLessThanOrEqual(width);
  if (!axe) return;
  await test.step(`axe ${path}`, async () => {
    try {
      await expectNoAxeViolations(page);
    } catch (error) {
      expect.soft(String(error), `${path} has axe violations`).toBe('');
    }
  });
}

for (const [who, { email, visits }] of Object.entries(WHO)) {
  test(`every page the ${who} reaches is axe-clean, fits the screen and names them in the header`, async ({ page }) => {
    test.setTimeout(240_000);
    await signIn(page, email);
    const name = DEMO_ACCOUNTS.find((a) => a.email === email)!.name;
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const visit of visits) {
      if (!visit.follow) {
        queue.push(visit.path);
        continue;
      }
      await page.goto(visit.path);
      const target = await firstLink(page, visit.follow);
      expect.soft(target, `a link ${visit.follow} on ${visit.path}`).not.toBeNull();
      if (target) queue.push(target);
    }
    if (visits.some((v) => v.path.startsWith('/review'))) {
      await page.goto('/review');
      queue.push(...(await reviewTabs(page)));
    }
    // axe reads the same markup at any width, apart from the header's phone menu: on the phone it checks
    // the first page (the signed-in header as a phone shows it), on the desktop every page. This walk was
    // the slowest part of CI, and axe its slowest step.
    const everyPage = test.info().project.name !== 'phone';
    for (const path of queue) {
      if (seen.has(path)) continue;
      await checkPage(page, path, name, everyPage || seen.size === 0);
      seen.add(path);
    }
  });
}
