import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import NoticesPage from '@/app/(public)/notices/page';
import NoticePage from '@/app/(public)/notices/[id]/page';
import * as noticesRoute from '@/app/api/v1/notices/route';
import { setDatabase } from '@/db';
import { listNotices } from '@/db/queries/notices';
import { nominations } from '@/db/schema';
import { DEMO_NOMINATIONS } from '@/db/seed/demo-nominations';
import { DEMO_CAMPAIGN, DEMO_NEXT_CAMPAIGN } from '@/db/seed/demo-units';
import { sitemapPages } from '@/lib/sitemap/files';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const inNotice = DEMO_NOMINATIONS.filter((n) => n.status === 'in_notice');
const demo = inNotice[0]!;
let id: string;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  const [row] = await database.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.title, demo.title));
  id = row!.id;
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

const listHtml = async (query = '') =>
  renderToStaticMarkup(await NoticesPage({ searchParams: Promise.resolve(Object.fromEntries(new URLSearchParams(query))) }));
const detailHtml = async (noticeId: string) => renderToStaticMarkup(await NoticePage({ params: Promise.resolve({ id: noticeId }) }));
const api = async (query = '') => {
  const response = await noticesRoute.GET(new Request(`http://localhost/api/v1/notices${query ? `?${query}` : ''}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
// A hamlet the public story names is not a leak; the private field itself must not appear.
const privateValues = (n: (typeof DEMO_NOMINATIONS)[number]) =>
  [n.contactPhone, n.address, n.unitContactPerson].filter((v): v is string => Boolean(v) && !`${n.title} ${n.summary} ${n.story}`.includes(v!));

describe('the public notices', () => {
  it('lists every dossier in notice, and only those, with the public fields and the end of the window', async () => {
    expect(inNotice.length).toBeGreaterThan(0);
    const { items, total } = await listNotices(database.db, { limit: 100, offset: 0 });
    expect(total).toBe(inNotice.length);
    expect(items.map((i) => i.title).sort()).toEqual(inNotice.map((n) => n.title).sort());
    const html = await listHtml();
    expect(html).toContain(demo.title);
    expect(html).toContain(demo.summary);
    expect(html).toContain(`href="/notices/${id}"`);
    expect(html).toMatch(/đến hết ngày \d{2}\/\d{2}\/\d{4}/);
    for (const other of DEMO_NOMINATIONS.filter((n) => n.status !== 'in_notice')) expect(html).not.toContain(other.title);
    for (const secret of privateValues(demo)) expect(html).not.toContain(secret);
    for (const objection of demo.objections ?? []) {
      expect(html).not.toContain(objection.content);
      expect(html).not.toContain(objection.contact);
    }
  });

  it('shows one dossier with its story and the form “Góp ý, phản ánh”, never its contacts or the opinions sent', async () => {
    const html = await detailHtml(id);
    expect(html).toContain(demo.title);
    expect(html).toContain('Góp ý, phản ánh');
    expect(html).toContain('name="authorName"');
    expect(html).toContain('name="contact"');
    expect(html).toContain('name="content"');
    expect(privateValues(demo).length).toBeGreaterThan(0);
    for (const secret of privateValues(demo)) expect(html).not.toContain(secret);
    for (const objection of demo.objections ?? []) expect(html).not.toContain(objection.content);
  });

  it('hides the name when consent asks for anonymity, as example pages do', async () => {
    await database.db.update(nominations).set({ publishMode: 'anonymised' }).where(eq(nominations.id, id));
    try {
      expect(await detailHtml(id)).not.toContain(`>${demo.nomineeName}<`);
      expect(await listHtml()).not.toContain(`>${demo.nomineeName}<`);
    } finally {
      await database.db.update(nominations).set({ publishMode: 'named' }).where(eq(nominations.id, id));
    }
  });

  it('answers “not found” for a dossier that is not in notice, and for an id that is not one', async () => {
    const [submitted] = await database.db.select({ id: nominations.id }).from(nominations).where(eq(nominations.status, 'submitted')).limit(1);
    for (const other of [submitted!.id, 'khong-phai-ma', '00000000-0000-4000-8000-000000000000']) {
      await expect(detailHtml(other)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    }
  });

  it('is listed in the sitemap, with each dossier in notice', async () => {
    const xml = await sitemapPages('https://guongsang.test');
    expect(xml).toContain('<loc>https://guongsang.test/notices</loc>');
    expect(xml).toContain(`<loc>https://guongsang.test/notices/${id}</loc>`);
  });
});

describe('GET /api/v1/notices', () => {
  it('gives the items with exactly the documented keys, and the total', async () => {
    const { status, body } = await api();
    expect(status).toBe(200);
    expect(body.total).toBe(inNotice.length);
    const items = body.items as Record<string, unknown>[];
    expect(items).toHaveLength(inNotice.length);
    const item = items.find((i) => i.id === id)!;
    expect(Object.keys(item).sort()).toEqual(
      ['campaign', 'commune', 'id', 'nomineeKind', 'noticeEndsAt', 'noticeStartsAt', 'title', 'unit', 'url', 'year'].sort(),
    );
    expect(item).toMatchObject({
      title: demo.title,
      nomineeKind: demo.nomineeKind,
      commune: { code: demo.communeCode },
      campaign: { slug: DEMO_CAMPAIGN.slug },
      year: demo.year,
    });
    expect(String(item.url)).toMatch(new RegExp(`/notices/${id}$`));
    expect(Date.parse(String(item.noticeEndsAt))).toBeGreaterThan(Date.parse(String(item.noticeStartsAt)));
    const text = JSON.stringify(body);
    for (const secret of privateValues(demo)) expect(text).not.toContain(secret);
  });

  it('filters by campaign and pages with limit and offset', async () => {
    expect((await api(`campaign=${DEMO_NEXT_CAMPAIGN.slug}`)).body).toMatchObject({ items: [], total: 0 });
    expect((await api(`campaign=${DEMO_CAMPAIGN.slug}`)).body.total).toBe(inNotice.length);
    const paged = await api('limit=1&offset=0');
    expect(paged.body.items).toHaveLength(1);
    expect((await api(`limit=1&offset=${inNotice.length}`)).body.items).toEqual([]);
  });

  it.each([
    ['limit=0', 'invalid_limit'],
    ['limit=101', 'invalid_limit'],
    ['limit=abc', 'invalid_limit'],
    ['offset=-1', 'invalid_offset'],
    ['offset=1.5', 'invalid_offset'],
    ['campaign=%3Cscript%3E', 'invalid_campaign'],
    ['campaign=khong-co-phong-trao-nay', 'unknown_campaign'],
  ])('refuses “%s” with a Vietnamese message (%s)', async (query, code) => {
    const { status, body } = await api(query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code });
    expect(String((body.error as { message: string }).message)).toMatch(/[ơưđàáạảãâầấậẩẫăằắặẳẵ]/);
  });
});
