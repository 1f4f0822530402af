import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

const { setDatabase } = await import('@/db/index');
const feed = await import('@/app/feed.xml/route');
const { sitemapExamples } = await import('@/lib/sitemap/files');

/** Anything outside XML 1.0's Char production makes the whole document unreadable to a strict parser. */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

let database: TestDatabase;
let slug: string;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  setDatabase(database);
  // Straight in SQL, past every validator: what an old row, an import or a manual fix could hold.
  [{ slug }] = (await queryRows<{ slug: string }>(
    database,
    `UPDATE nominations SET title = 'Điển hình' || chr(1) || ' có ' || chr(133) || 'ký tự lạ' || chr(65534),
        summary = 'Tóm tắt' || chr(27) || '[31m đỏ', nominee_name = 'Tổ' || chr(11) || ' hợp tác'
      WHERE id = (SELECT id FROM nominations WHERE status = 'approved' ORDER BY approved_at DESC LIMIT 1) RETURNING slug`,
  )) as [{ slug: string }];
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

describe('XML documents built from stored text', () => {
  it('the Atom feed drops what XML cannot carry and keeps the rest of the text', async () => {
    const response = await feed.GET(new Request('http://localhost/feed.xml'));
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).not.toMatch(NOT_XML);
    expect(body).toContain(`/examples/${slug}`);
    expect(body).toContain('<title>Điển hình có ký tự lạ</title>');
    expect(body).toContain('Tóm tắt[31m đỏ');
  });

  it('the sitemap carries any stored slug as a valid address', async () => {
    await database.exec(`UPDATE nominations SET slug = 'dien-hinh' || chr(1) || chr(65534) WHERE slug = '${slug}'`);
    const body = (await sitemapExamples('https://guongsang.test', 1))!;
    expect(body).not.toMatch(NOT_XML);
    expect(body).toContain('/examples/dien-hinh%01%EF%BF%BE</loc>');
  });
});
