import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/domain/actor';
import { sessionUserOf, PEOPLE } from '../support/accounts';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';
import { pageImages, pageTexts } from './pdf-read';

// Photos are read from the upload folder, and finished casebooks kept inside it: one folder for this file.
const uploads = mkdtempSync(join(tmpdir(), 'guongsang-casebook-'));
process.env.UPLOAD_DIR = uploads;
const SITE = 'https://guongsang.test';
process.env.SITE_URL = SITE;

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => session.user }));

const { setDatabase } = await import('@/db/index');
const route = await import('@/app/campaigns/[slug]/casebook.pdf/route');
const { createCasebookGate, CASEBOOK_LIMITS } = await import('@/lib/casebook/gate');
const { readCasebookBatches } = await import('@/db/queries/casebook');
const { resolveAreaSelection } = await import('@/db/queries/example-filters');

const CAMPAIGN = 'chung-tay-vi-nguoi-ngheo-2021-2025';
let database: TestDatabase;
let reviewer: SessionUser;
let nextAddress = 1;
const freshAddress = () => `198.51.100.${nextAddress++}`;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: { uploadDir: uploads } });
  setDatabase(database);
  reviewer = await sessionUserOf(database.db, PEOPLE.reviewerIn);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});
beforeEach(() => {
  session.user = reviewer;
  (globalThis as { __guongSangCasebookGate?: unknown }).__guongSangCasebookGate = createCasebookGate();
});

function get(query: string, { slug = CAMPAIGN, address = freshAddress() } = {}) {
  const request = new Request(`http://localhost/campaigns/${slug}/casebook.pdf${query ? `?${query}` : ''}`, { headers: { 'x-forwarded-for': address } });
  return route.GET(request, { params: Promise.resolve({ slug }) });
}

async function pdfOf(query: string) {
  const response = await get(query);
  expect(response.status, await response.clone().text()).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, pages: (await pageTexts(bytes)).map((t) => t.replace(/\s+/g, ' ')), images: pageImages(bytes) };
}

interface ExampleRow {
  slug: string;
  title: string;
  nominee: string;
  anonymised: boolean;
  tree: string;
  code: string;
  commune: string;
  district: string | null;
  province: string;
  verify_code: string | null;
}

/** The examples as the database has them, in the book's order, written out here rather than read from the code under test. */
function examplesWhere(where: string) {
  return queryRows<ExampleRow>(
    database,
    `SELECT n.slug, n.title, n.nominee_name AS nominee, n.publish_mode = 'anonymised' AS anonymised, n.commune_tree AS tree, n.commune_code AS code,
       c.full_name AS commune, d.full_name AS district, p.full_name AS province,
       (SELECT h.verify_code FROM commendations h WHERE h.nomination_id = n.id ORDER BY h.decision_date DESC, h.id LIMIT 1) AS verify_code
     FROM nominations n JOIN campaigns k ON k.id = n.campaign_id
     JOIN admin_units c ON c.tree = n.commune_tree AND c.code = n.commune_code
     LEFT JOIN admin_units d ON n.commune_tree = '2024' AND d.tree = '2024' AND d.code = n.district_code
     JOIN admin_units p ON p.tree = n.commune_tree AND p.code = CASE WHEN n.commune_tree = '2025' THEN n.province_code_new ELSE n.province_code_old END
     WHERE n.status = 'approved' AND k.slug = '${CAMPAIGN}' AND (${where})
     ORDER BY n.commune_tree, n.commune_code, n.approved_at, n.id`,
  );
}

/** Each commune's contents line and the pages its examples must be on: cover, one contents page, then the examples. */
function expectedContents(examples: ExampleRow[]) {
  const groups: { key: string; line: string; rows: ExampleRow[]; first: number }[] = [];
  const bothTrees = new Set(examples.map((e) => e.tree)).size > 1;
  let page = 3;
  for (const e of examples) {
    let group = groups.at(-1);
    if (group?.key !== `${e.tree}:${e.code}`) {
      const name = `${e.commune} — ${[e.district, e.province].filter(Boolean).join(', ')}${bothTrees && e.tree === '2025' ? ' (địa giới từ 01/07/2025)' : ''}`;
      group = { key: `${e.tree}:${e.code}`, line: name, rows: [], first: page };
      groups.push(group);
    }
    group.rows.push(e);
    page++;
  }
  return groups;
}

async function checkBook(query: string, where: string) {
  const book = await pdfOf(query);
  const examples = await examplesWhere(where);
  const groups = expectedContents(examples);
  expect(book.pages).toHaveLength(1 + 1 + examples.length + 2);
  expect(Number(book.response.headers.get('x-casebook-pages'))).toBe(book.pages.length);
  expect(book.pages[0]).toContain(`${examples.length} điển hình · ${groups.length} xã, phường`);
  const contents = book.pages[1]!;
  expect(contents).toContain('Mục lục');
  for (const group of groups) {
    expect(contents).toContain(`${group.line} ${group.rows.length} ${group.first}`);
    group.rows.forEach((example, i) => {
      const page = group.first + i;
      const text = book.pages[page - 1]!;
      expect(text, example.title).toContain(example.title.replace(/\s+/g, ' '));
      expect(text).toContain(`Trang ${page}`);
      // The page's own QR, and beside it the verify QR of the example's latest commendation, if any.
      const verify = example.verify_code ? [`${SITE}/verify/${example.verify_code}`] : [];
      expect(book.images[page - 1]!.qr, example.title).toEqual([`${SITE}/examples/${example.slug}`, ...verify]);
      expect(
        book.pages.filter((t) => t.includes(example.title)),
        example.title,
      ).toHaveLength(1);
    });
  }
  expect(contents).toContain(`Tổng hợp số liệu ${book.pages.length - 1}`);
  return { ...book, examples };
}

describe('the casebook of a campaign', () => {
  it('has a cover, contents by commune with page numbers, one page per example with its QR code, and totals', async () => {
    const { response, pages, images, examples } = await checkBook('', 'true');
    if (process.env.CASEBOOK_PDF_OUT)
      (await import('node:fs')).writeFileSync(process.env.CASEBOOK_PDF_OUT, await get('').then(async (r) => Buffer.from(await r.arrayBuffer())));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="ky-yeu-${CAMPAIGN}.pdf"`);

    const cover = pages[0]!;
    expect(cover).toContain('KỶ YẾU');
    expect(cover).toContain('Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau');
    expect(cover).toContain('Tất cả địa bàn');
    expect(cover).toContain('Giai đoạn 2021–2025');
    expect(cover).toMatch(/Lập ngày \d{2}\/\d{2}\/\d{4}/);

    // Named examples show their name and a photo; the anonymised one neither.
    for (const example of examples) {
      const page = pages.findIndex((t) => t.includes(example.title));
      expect(pages[page]!.includes(example.nominee), example.title).toBe(!example.anonymised);
      expect(images[page]!.photos, example.title).toBe(example.anonymised ? 0 : 1);
    }
    expect(examples.some((e) => e.anonymised)).toBe(true);

    const totals = pages.slice(-2).join(' ');
    expect(totals).toContain('Tổng hợp số liệu');
    expect(totals).toContain('Theo loại điển hình');
    const [sums] = await queryRows<{ escaped: string; examples: string }>(
      database,
      `SELECT sum(households_escaped)::text AS escaped, count(*)::text AS examples FROM nominations n JOIN campaigns c ON c.id = n.campaign_id
       WHERE n.status = 'approved' AND c.slug = '${CAMPAIGN}'`,
    );
    expect(totals).toContain(`Hộ thoát nghèo ${new Intl.NumberFormat('vi-VN').format(Number(sums!.escaped))}`);
    expect(totals).toMatch(new RegExp(`Cộng ${sums!.examples} ${new Intl.NumberFormat('vi-VN').format(Number(sums!.escaped))} \\d`));
  });

  it('keeps the Vietnamese text exactly as stored (NFC, every diacritic)', async () => {
    const { pages, examples } = await pdfOf('year=2024').then(async (book) => ({ ...book, examples: await examplesWhere('n.year = 2024') }));
    for (const example of examples) {
      expect(example.title.normalize('NFC')).toBe(example.title);
      expect(pages.join(' ')).toContain(example.title);
    }
    expect(pages.join(' ')).toContain('Phát triển sản xuất'.toLocaleUpperCase('vi'));
  });

  it('narrows to a year and an area in either administrative tree', async () => {
    const { pages } = await checkBook('year=2023&area=2024:691', "n.year = 2023 AND n.district_code = '691'");
    expect(pages[0]).toContain('Năm 2023');
    expect(pages[0]).toContain('Huyện Bù Gia Mập, Tỉnh Bình Phước (địa giới trước 01/07/2025)');
    // The new Xã Đa Kia gathers what was recorded under the old communes it absorbed, and its own.
    const merged = await checkBook('area=2025:25231', "'25231' = ANY (n.current_commune_codes)");
    expect(merged.examples.length).toBeGreaterThan(2);
    expect(new Set(merged.examples.map((e) => e.tree))).toEqual(new Set(['2024', '2025']));
    expect(merged.pages[0]).toContain('Xã Đa Kia, Tỉnh Đồng Nai (địa giới từ 01/07/2025)');
    const old = await checkBook('area=25229', "n.commune_tree = '2024' AND n.commune_code = '25229'");
    expect(old.examples).toHaveLength(1);
  });

  it('refuses bad parameters with a Vietnamese message and 400, an unknown campaign with 404', async () => {
    const cases: [string, number, RegExp][] = [
      ['year=abc', 400, /Năm không hợp lệ/],
      ['year=2030', 400, /từ năm 2021 đến năm 2025/],
      ['area=1234', 400, /Mã địa bàn không hợp lệ/],
      ['area=691;drop', 400, /Mã địa bàn không hợp lệ/],
      ['year=%ZZ', 400, /Năm không hợp lệ/],
      ['area=%E0%A4%A', 400, /Mã địa bàn không hợp lệ/],
      ['area=2025:691', 400, /không còn cấp huyện/],
      ['area=99999', 400, /Không tìm thấy địa bàn/],
      ['year=2021&area=2024:25267', 404, /Không có điển hình nào/],
    ];
    for (const [query, status, message] of cases) {
      const response = await get(query);
      expect(response.status, query).toBe(status);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text(), query).toMatch(message);
    }
    for (const slug of ['khong-co-phong-trao', 'BAD!slug']) {
      const response = await get('', { slug });
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Không tìm thấy phong trào thi đua này.');
    }
  });
});

describe('reading the examples', () => {
  it('goes through the selection in keyset batches, in the book’s order, never all at once', async () => {
    const examples = await examplesWhere('true');
    expect(examples).toHaveLength(13);
    const batch = 6;
    const filters = { campaign: CAMPAIGN };
    const sizes: number[] = [];
    const slugs: string[] = [];
    for await (const rows of readCasebookBatches(database.db, { filters, area: await resolveAreaSelection(database.db, filters), batchSize: batch })) {
      sizes.push(rows.length);
      slugs.push(...rows.map((r) => r.slug));
    }
    // 2N + 1 examples: two full batches and one of one.
    expect(sizes).toEqual([batch, batch, 1]);
    expect(slugs).toEqual(examples.map((e) => e.slug));
  });
});

describe('limits for anonymous visitors', () => {
  beforeEach(() => {
    session.user = null;
  });

  it('rate-limits an address, not a reviewer or another address', async () => {
    const address = freshAddress();
    for (let i = 0; i < CASEBOOK_LIMITS.perWindow; i++) {
      const response = await get('year=2021&area=2024:25267', { address });
      expect(response.status).toBe(404);
      await response.text();
    }
    const refused = await get('year=2021', { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/thử lại sau \d+ phút/);
    expect((await get('year=2021', { address: freshAddress() })).status).toBe(200);
    session.user = reviewer;
    expect((await get('year=2021', { address })).status).toBe(200);
  });

  it('refuses a casebook too large for an anonymous visitor, which a reviewer still gets', async () => {
    (globalThis as { __guongSangCasebookGate?: unknown }).__guongSangCasebookGate = createCasebookGate({ ...CASEBOOK_LIMITS, anonymousMaxExamples: 3 });
    const refused = await get('area=2024:691');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/vượt quá 3 điển hình/);
    session.user = reviewer;
    const allowed = await get('area=2024:691');
    expect(allowed.status).toBe(200);
    await allowed.arrayBuffer();
  });

  it('answers 503 while every place to make a casebook is taken, and gives its place back after a download', async () => {
    const gate = createCasebookGate({ ...CASEBOOK_LIMITS, concurrent: 1 });
    (globalThis as { __guongSangCasebookGate?: unknown }).__guongSangCasebookGate = gate;
    expect(gate.start()).toBe(true);
    const refused = await get('year=2023');
    expect(refused.status).toBe(503);
    expect(await refused.text()).toMatch(/thử lại sau ít phút/);
    gate.finish();
    const made = await get('year=2023');
    expect(made.status).toBe(200);
    await made.arrayBuffer();
    expect(gate.running).toBe(0);
  });
});

describe('the kept copies', () => {
  const kept = () => readdirSync(join(uploads, '.cache', 'casebooks')).filter((name) => name.endsWith('.pdf'));

  it('are made once per selection and data version, then served from disk', async () => {
    const first = await get('year=2022&area=2024:691');
    expect(first.headers.get('x-gs-casebook-cache')).toBe('miss');
    const bytes = Buffer.from(await first.arrayBuffer());
    const again = await get('year=2022&area=2024:691');
    expect(again.headers.get('x-gs-casebook-cache')).toBe('hit');
    expect(Number(again.headers.get('x-casebook-bytes'))).toBe(bytes.length);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);

    // A public change moves the data version: the next casebook is made afresh and shows it, and the old copies go.
    await database.exec(
      `UPDATE nominations SET title = title || ' (đã sửa)' WHERE id = (SELECT id FROM nominations WHERE status = 'approved' AND year = 2022 LIMIT 1)`,
    );
    const fresh = await get('year=2022&area=2024:691');
    expect(fresh.headers.get('x-gs-casebook-cache')).toBe('miss');
    const { pages } = await pdfOfBody(fresh);
    expect(pages.join(' ')).toContain('(đã sửa)');
    expect(kept()).toHaveLength(1);
  });
});

async function pdfOfBody(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { pages: (await pageTexts(bytes)).map((t) => t.replace(/\s+/g, ' ')) };
}
