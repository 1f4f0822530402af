import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@/lib/public-page-cache/page';
import { pageCacheKey } from '@/lib/public-page-cache/rules';
import { buildUrlSet, SITEMAP_EXAMPLES_PER_FILE, SITEMAP_PROTOCOL_MAX_BYTES, SITEMAP_PROTOCOL_MAX_URLS } from '@/lib/sitemap/xml';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

const { setDatabase } = await import('@/db/index');
const { sitemapExamples, sitemapIndex, sitemapPages } = await import('@/lib/sitemap/files');
const indexRoute = await import('@/app/sitemap.xml/route');
const fileRoute = await import('@/app/sitemaps/[file]/route');

const BASE = 'https://guongsang.test';
let database: TestDatabase;
let published: { slug: string; modified: string }[];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const entries = (xml: string) =>
  [...xml.matchAll(/<url><loc>[^<]+\/examples\/([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)].map((m) => ({ slug: m[1]!, lastmod: m[2]! }));

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  // Counted straight from the table, so the expectations do not come from the code under test.
  published = await queryRows(
    database,
    `SELECT slug, greatest(approved_at, updated_at)::text AS modified FROM nominations WHERE status = 'approved' ORDER BY slug`,
  );
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

describe('the sitemap', () => {
  it('is an index of files that together list every published example once, with its last change', async () => {
    const pageSize = 3;
    expect(published.length).toBeGreaterThan(pageSize * 2);
    const index = await sitemapIndex(BASE, pageSize);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const files = locs(index);
    const exampleFiles = files.filter((f) => f.includes('/sitemaps/examples-'));
    expect(files[0]).toBe(`${BASE}/sitemaps/pages.xml`);
    expect(exampleFiles).toEqual(Array.from({ length: Math.ceil(published.length / pageSize) }, (_, i) => `${BASE}/sitemaps/examples-${i + 1}.xml`));
    expect(index.match(/<lastmod>/g)).toHaveLength(files.length);

    const listed: { slug: string; lastmod: string }[] = [];
    for (let n = 1; n <= exampleFiles.length; n++) {
      const file = (await sitemapExamples(BASE, n, pageSize))!;
      expect(file).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      const found = entries(file);
      expect(found.length).toBeLessThanOrEqual(pageSize);
      listed.push(...found);
    }
    expect(listed.map((e) => e.slug).sort()).toEqual(published.map((p) => p.slug));
    for (const p of published) expect(new Date(listed.find((e) => e.slug === p.slug)!.lastmod).getTime()).toBe(new Date(p.modified).getTime());
    expect(await sitemapExamples(BASE, exampleFiles.length + 1, pageSize)).toBeNull();
  });

  it('lists the site’s pages and every commune with a published example', async () => {
    const pages = locs(await sitemapPages(BASE));
    expect(pages).toEqual(expect.arrayContaining([`${BASE}/`, `${BASE}/examples`, `${BASE}/stats`, `${BASE}/open-data`]));
    const communes = await queryRows<{ c: string }>(
      database,
      `SELECT DISTINCT CASE WHEN commune_tree = '2024' THEN '2024-' || commune_code ELSE commune_code END AS c FROM nominations WHERE status = 'approved'`,
    );
    expect(pages.filter((p) => p.includes('/communes/')).sort()).toEqual(communes.map((r) => `${BASE}/communes/${r.c}`).sort());
  });

  it('answers over HTTP: the index, its files, and 404 for a file it does not list', async () => {
    const index = await indexRoute.GET();
    expect(index.headers.get('content-type')).toContain('application/xml');
    expect(locs(await index.text())).toContain('http://localhost:3000/sitemaps/examples-1.xml');
    const first = await fileRoute.GET(new Request('http://x/sitemaps/examples-1.xml'), { params: Promise.resolve({ file: 'examples-1.xml' }) });
    expect(entries(await first.text())).toHaveLength(published.length);
    for (const name of ['examples-2.xml', 'examples-0.xml', 'examples-x.xml', 'other.xml', '..%2Fsitemap.xml']) {
      const res = await fileRoute.GET(new Request(`http://x/sitemaps/${name}`), { params: Promise.resolve({ file: name }) });
      expect(res.status, name).toBe(404);
    }
  });

  it('keeps each file within the protocol and within what the page cache keeps, even at the longest addresses', () => {
    expect(SITEMAP_EXAMPLES_PER_FILE).toBeLessThanOrEqual(SITEMAP_PROTOCOL_MAX_URLS);
    const longest = buildUrlSet(
      Array.from({ length: SITEMAP_EXAMPLES_PER_FILE }, (_, i) => ({
        url: `https://${'a'.repeat(90)}.gov.vn/examples/${'x'.repeat(114)}-${i}`,
        lastModified: new Date(),
      })),
    );
    expect(Buffer.byteLength(longest)).toBeLessThanOrEqual(Math.min(SITEMAP_PROTOCOL_MAX_BYTES, MAX_BODY_BYTES));
    expect(pageCacheKey({ method: 'GET', url: '/sitemaps/examples-7.xml', headers: { 'user-agent': 'Mozilla/5.0' } })).toBe('/sitemaps/examples-7.xml');
  });
});
