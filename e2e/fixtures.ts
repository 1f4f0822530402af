import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type APIResponse, type Page, type Response } from '@playwright/test';
import { DEMO_NOMINATIONS } from '../db/seed/demo-nominations';
import { slugify } from '../lib/domain/fold';

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The axe-core that @axe-core/playwright itself runs, so both ways below apply the same rules.
const AXE_SOURCE = (createRequire(require.resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

/** Fails with the list of accessibility violations (WCAG 2.1 A/AA rules). */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation Next sets the title when the page's metadata arrives: axe must read
  // the page as it settles, not mid-navigation (a page that never gets a title still fails here).
  await expect(page).toHaveTitle(/\S/);
  // A page with frames goes through AxeBuilder, which carries axe into each frame. One without is read by
  // axe.run in the page, the rules and result AxeBuilder gives, without its costs: it evaluates axe's
  // 500 kB twice per call and opens a second page to merge results. Those made the axe passes the slowest
  // part of the e2e run (about 2 s of 3 per page on a loaded 2-core machine).
  const read = async () => (page.frames().length > 1 ? (await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze()).violations : await axeViolations(page));
  let violations = await read();
  // Next can swap the title while axe reads, when the navigation's metadata lands late (a CI run saw it on the
  // reviewer's follow-up page): read once more after the title is back. A page without a title fails both reads.
  if (violations.some((v) => v.id === 'document-title')) {
    await expect(page).toHaveTitle(/\S/);
    violations = await read();
  }
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

interface Violation {
  id: string;
  nodes: { target: string[] }[];
}

/** axe.run over the document, axe injected once per document (page.evaluate is not subject to the page's CSP). */
async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
    };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
  }, WCAG_A_AA);
}

/** Slugs are made from titles; the first demo nomination of a state has no duplicate title. */
export function demoSlug(status: (typeof DEMO_NOMINATIONS)[number]['status']): string {
  const demo = DEMO_NOMINATIONS.find((n) => n.status === status);
  if (!demo) throw new Error(`no demo nomination in state ${status}`);
  return slugify(demo.title);
}

export function demoByKey(key: string) {
  const demo = DEMO_NOMINATIONS.find((n) => n.key === key);
  if (!demo) throw new Error(`no demo nomination ${key}`);
  return demo;
}

/** Every file the sitemap index lists, joined: what a crawler reads (addresses are fetched by their path). */
export async function sitemapText(request: APIRequestContext): Promise<string> {
  const index = await (await request.get('/sitemap.xml')).text();
  expect(index).toContain('<sitemapindex');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const bodies = await Promise.all(files.map(async (path) => (await request.get(path)).text()));
  return bodies.join('\n');
}

// Journeys run side by side, and one may change public data (a new version empties the page cache) between
// the load that fills the cache and the one that should be its answer: both are then made again.

/** Asks for `path` until the page cache answers it, and returns that answer. */
export async function cachedAnswer(request: APIRequestContext, path: string): Promise<APIResponse> {
  let answer: APIResponse | undefined;
  await expect(async () => {
    await request.get(path);
    answer = await request.get(path);
    expect(answer.headers()['x-gs-cache']).toBe('hit');
  }).toPass({ timeout: 30_000 });
  return answer!;
}

/** Opens `path` in the page as the page cache serves it to an anonymous visitor. */
export async function gotoCachedPage(page: Page, path: string): Promise<Response> {
  let response: Response | null = null;
  await expect(async () => {
    await page.request.get(path);
    response = await page.goto(path);
    expect(response!.headers()['x-gs-cache']).toBe('hit');
  }).toPass({ timeout: 30_000 });
  return response!;
}

/** The Content-Security-Policy violations the page reports from now on (the browser logs each as an error). */
export function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}
