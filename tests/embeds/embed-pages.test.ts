import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet } from '@/lib/embeds/snippet';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

const SITE = 'https://guongsang.test';
process.env.SITE_URL = SITE;

const { setDatabase } = await import('@/db/index');
const communeRoute = await import('@/app/embed/communes/[code]/route');
const campaignRoute = await import('@/app/embed/campaigns/[slug]/route');

const CAMPAIGN = 'chung-tay-vi-nguoi-ngheo-2021-2025';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

const commune = (code: string) => communeRoute.GET(new Request(`http://localhost/embed/communes/${code}`), { params: Promise.resolve({ code }) });
const campaign = (slug: string) => campaignRoute.GET(new Request(`http://localhost/embed/campaigns/${slug}`), { params: Promise.resolve({ slug }) });

function newestTitles(where: string, limit = 8) {
  return queryRows<{ title: string; slug: string }>(
    database,
    `SELECT title, slug FROM nominations n WHERE status = 'approved' AND (${where}) ORDER BY approved_at DESC, id DESC LIMIT ${limit}`,
  );
}

/** The text of the HTML as a browser would show it, for comparing with stored titles. */
const decoded = (html: string) => html.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

describe('embeddable lists', () => {
  it('list a commune’s newest examples, each opening its full page in a new tab, with no script and no cookie', async () => {
    const response = await commune('2024-25232');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Xã Phước Minh');
    const expected = await newestTitles("commune_tree = '2024' AND commune_code = '25232'");
    expect(expected.length).toBeGreaterThan(1);
    const links = [...html.matchAll(/<li><a href="([^"]+)" target="_blank" rel="noopener">([^<]+)</g)].map((m) => ({ href: m[1], title: decoded(m[2]!) }));
    expect(links).toEqual(expected.map((e) => ({ href: `${SITE}/examples/${e.slug}`, title: e.title })));
    expect(html).toContain(`href="${SITE}/communes/2024-25232" target="_blank" rel="noopener"`);
  });

  it('read a bare code as the current commune, which gathers the old communes it absorbed', async () => {
    const html = decoded(await (await commune('25231')).text());
    const expected = await newestTitles("'25231' = ANY (current_commune_codes)");
    for (const e of expected) expect(html).toContain(e.title);
    expect(html).toContain('Tỉnh Đồng Nai');
  });

  it('list a campaign’s newest eight examples', async () => {
    const html = decoded(await (await campaign(CAMPAIGN)).text());
    const expected = await newestTitles(`campaign_id = (SELECT id FROM campaigns WHERE slug = '${CAMPAIGN}')`);
    expect(expected).toHaveLength(8);
    expect([...html.matchAll(/<li><a [^>]+>([^<]+)</g)].map((m) => m[1])).toEqual(expected.map((e) => e.title));
    expect(html).toContain(`${SITE}/examples?campaign=${CAMPAIGN}`);
  });

  it('keep stored text as text', async () => {
    const [row] = await newestTitles("commune_code = '25229'", 1);
    await database.exec(`UPDATE nominations SET title = '<script>alert(1)</script> “Bò” & <b>' WHERE slug = '${row!.slug}'`);
    const html = await (await commune('2024-25229')).text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(decoded(html)).toContain('<script>alert(1)</script> “Bò” & <b>');
  });

  it('answer 404 in Vietnamese for unknown or malformed places', async () => {
    for (const response of [await commune('99999'), await commune('abc'), await commune('2025-25232x'), await campaign('khong-co'), await campaign('BAD')]) {
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Không tìm thấy danh sách này.');
    }
  });
});

describe('the copy-paste snippet', () => {
  it('frames the list lazily, with a title, sandboxed so that only new tabs may open', () => {
    const snippet = embedSnippet({ path: '/embed/communes/25267', title: 'Điển hình ở Xã "Phú Nghĩa"' });
    expect(snippet).toBe(
      `<iframe src="${SITE}/embed/communes/25267" title="Điển hình ở Xã &#34;Phú Nghĩa&#34;" width="100%" height="520" style="border:0;max-width:480px" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    );
  });
});
