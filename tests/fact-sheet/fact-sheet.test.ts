import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as factSheetRoute from '@/app/(public)/examples/[slug]/fact-sheet.pdf/route';
import { setDatabase } from '@/db';
import { getPendingUpdate } from '@/db/queries/example-versions';
import { commendations, nominations } from '@/db/schema';
import { MemoCache } from '@/lib/cache/memo-cache';
import { createPublicDataLoader } from '@/lib/cache/public-data-cache';
import type { SessionUser } from '@/lib/domain/actor';
import { decideUpdate, proposeUpdate } from '@/lib/examples/updates';
import { createFactSheetCache, createRenderGate, getFactSheet, type RenderGate } from '@/lib/fact-sheet/fact-sheet';
import { createDiskStorage } from '@/lib/uploads/storage';
import { siteUrl } from '@/lib/site';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { readPdf } from '../support/pdf';
import { BO_PHU_NGHIA, demoRow } from '../examples/living-setup';

// The fact sheet read back as a reader and a phone would: its text layer and the QR codes in its images.
let database: TestDatabase;
let storage: ReturnType<typeof createDiskStorage>;
const people: Record<string, SessionUser> = {};

beforeAll(async () => {
  const uploads = mkdtempSync(join(tmpdir(), 'guongsang-fact-sheet-'));
  // The route reads files through getStorage(), which takes UPLOAD_DIR on first use.
  process.env.UPLOAD_DIR = uploads;
  database = await createTestDatabase({ seeded: { uploadDir: uploads } });
  storage = createDiskStorage(uploads);
  setDatabase(database);
  for (const [key, email] of Object.entries(PEOPLE)) people[key] = await sessionUserOf(database.db, email);
});
afterAll(async () => {
  setDatabase(undefined);
  await database?.dispose();
});

const fetchSheet = (slug: string) => factSheetRoute.GET(new Request(`http://localhost/examples/${slug}/fact-sheet.pdf`), { params: Promise.resolve({ slug }) });

/** A loader, sheet cache and gate of the test's own, so hits and misses are this test's alone. */
function freshMaker(gate: RenderGate = createRenderGate(2)) {
  const load = createPublicDataLoader(() => database.db, new MemoCache({ maxEntries: 100, maxAgeMs: 3_600_000 }));
  const cache = createFactSheetCache(8);
  return async (slug: string) => {
    const sheet = await getFactSheet({ load, storage, base: siteUrl(), cache, gate }, slug);
    if (sheet === 'busy') throw new Error('the gate is full');
    return sheet;
  };
}

describe('the fact sheet of a published example', () => {
  it('is an A4 PDF of at most two pages, named for download, with the facts in Vietnamese and QR codes that scan to the page and the verify page', async () => {
    const { slug } = await demoRow(database.db, BO_PHU_NGHIA);
    const response = await fetchSheet(slug);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="phieu-thong-tin-${slug}.pdf"; filename*=UTF-8''${encodeURIComponent('Phiếu thông tin - Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa.pdf')}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);

    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    const text = pdf.text.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'Mô hình “Ngân hàng bò” giúp hộ nghèo xã',
      'Ngân hàng bò xã Phú Nghĩa',
      'Xã Phú Nghĩa, Huyện Bù Gia Mập, Tỉnh Bình Phước · nay là Xã Phú Nghĩa, Tỉnh Đồng',
      'MÔ HÌNH · PHÁT TRIỂN SẢN XUẤT',
      'Từ năm 2020, xã Phú Nghĩa vận động 410 triệu',
      'Câu chuyện',
      'Hộ thoát nghèo',
      '410.000.000',
      'Giấy khen',
      'Quyết định số 2875/QĐ-UBND ngày 20/12/2022',
      'Bàn giao bò cái sinh sản cho hộ nghèo bon Bù Dốt',
    ]) {
      expect(text).toContain(expected);
    }
    // The story's own words, diacritics and all, as a reader's copy and paste would get them.
    expect(text).toContain("phần lớn là hộ đồng bào S'tiêng ở bon Bù Dốt");

    const [code] = await database.db
      .select({ code: commendations.verifyCode })
      .from(commendations)
      .innerJoin(nominations, eq(nominations.id, commendations.nominationId))
      .where(eq(nominations.slug, slug));
    expect(pdf.qrCodes[0]![0]).toBe(`${siteUrl()}/examples/${slug}`);
    expect(pdf.qrCodes.flat()).toContain(`${siteUrl()}/verify/${code!.code}`);
    // The page QR, the public photo and the commendation's QR.
    expect(pdf.images.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('shows no photo of an anonymised example, and cuts a long story at two pages with “…” and a pointer to the page', async () => {
    const [row] = await database.db
      .select({ id: nominations.id, slug: nominations.slug })
      .from(nominations)
      .where(and(eq(nominations.status, 'approved'), sql`exists (select 1 from attachments a where a.nomination_id = ${nominations.id} and a.is_public)`))
      // Not the example the cache test below takes (the first by slug).
      .orderBy(desc(nominations.slug))
      .limit(1);
    const sentence = 'Hộ gia đình được hỗ trợ giống, vốn và kỹ thuật nên đã vươn lên thoát nghèo bền vững, nuôi con ăn học đầy đủ.';
    const story = Array.from({ length: 40 }, (_, i) => `Đoạn ${i + 1}. ${sentence.repeat(4)}`).join('\n\n');
    await database.db.update(nominations).set({ story, publishMode: 'anonymised' }).where(eq(nominations.id, row!.id));

    const sheet = await freshMaker()(row!.slug);
    const pdf = await readPdf(sheet!.pdf);
    expect(pdf.pages).toBe(2);
    expect(pdf.text[1]).toContain('…');
    // A long address wraps onto a second line.
    const squeezed = pdf.text[1]!.replace(/\s+/g, '');
    expect(squeezed).toContain(`Câuchuyệncòntiếptrêntrangđiểnhình:${siteUrl()}/examples/${row!.slug}`);
    expect(pdf.text.join(' ')).toContain('Đoạn 1.');
    expect(pdf.text.join(' ')).not.toContain('Đoạn 40.');
    expect(pdf.text[0]).toContain('(ẩn danh theo nguyện vọng)');
    // Only QR codes: no photo of an example published without a name.
    expect(pdf.images.reduce((a, b) => a + b, 0)).toBe(pdf.qrCodes.flat().length);
  });

  it('is made once per version: the same data again is a cache hit, an approved update makes a new sheet', async () => {
    const make = freshMaker();
    const [row] = await database.db
      .select()
      .from(nominations)
      .where(
        and(
          eq(nominations.status, 'approved'),
          eq(nominations.districtCode, people.reviewerIn!.scope!.code),
          sql`not exists (select 1 from example_updates u where u.nomination_id = ${nominations.id})`,
        ),
      )
      .orderBy(nominations.slug)
      .limit(1);
    await database.db.update(nominations).set({ unitId: people.memberA!.unitId! }).where(eq(nominations.id, row!.id));

    const first = await make(row!.slug);
    expect(first!.fromCache).toBe(false);
    const again = await make(row!.slug);
    expect(again!.fromCache).toBe(true);
    expect(again!.pdf.equals(first!.pdf)).toBe(true);

    const [current] = await database.db.select().from(nominations).where(eq(nominations.id, row!.id));
    const addition = 'Năm 2026, mô hình mở rộng thêm sang hai thôn lân cận.';
    const proposed = await proposeUpdate(database.db, people.memberA!, {
      id: row!.id,
      expectedVersion: current!.version,
      raw: {
        title: current!.title,
        summary: current!.summary,
        story: `${current!.story}\n\n${addition}`,
        householdsEscaped: String(current!.householdsEscaped ?? ''),
        nearPoorHelped: String(current!.nearPoorHelped ?? ''),
        beneficiaryHouseholds: String(current!.beneficiaryHouseholds ?? ''),
        ethnicMinorityHouseholds: String(current!.ethnicMinorityHouseholds ?? ''),
        jobsCreated: String(current!.jobsCreated ?? ''),
        contributionVnd: String(current!.contributionVnd ?? ''),
        startedYear: String(current!.startedYear ?? ''),
        note: 'Bổ sung diễn biến năm 2026',
      },
    });
    expect(proposed).toMatchObject({ ok: true });
    const [pending] = await database.db.select().from(nominations).where(eq(nominations.id, row!.id));
    const update = await getPendingUpdate(database.db, { nominationId: row!.id });
    expect(
      await decideUpdate(database.db, people.reviewerIn!, { id: row!.id, expectedVersion: pending!.version, updateId: update!.id, approve: true }),
    ).toMatchObject({
      ok: true,
      publishedVersion: 2,
    });

    const updated = await make(row!.slug);
    expect(updated!.fromCache).toBe(false);
    const text = (await readPdf(updated!.pdf)).text.join(' ');
    expect(text).toContain('cập nhật lần 2');
    expect(text).toContain('Phiếu thông tin điển hình, phiên bản 2');
    expect((await make(row!.slug))!.fromCache).toBe(true);
  });
});

describe('making sheets on demand', () => {
  it('when the gate is full, a sheet not made yet is refused (the route answers 503) and made later; a made one is still served', async () => {
    const { slug } = await demoRow(database.db, BO_PHU_NGHIA);
    const gate = createRenderGate(1);
    const load = createPublicDataLoader(() => database.db, new MemoCache({ maxEntries: 100, maxAgeMs: 3_600_000 }));
    const cache = createFactSheetCache(8);
    const ask = () => getFactSheet({ load, storage, base: siteUrl(), cache, gate }, slug);
    expect(gate.tryEnter()).toBe(true);
    expect(await ask()).toBe('busy');
    gate.leave();
    expect(await ask()).toMatchObject({ fromCache: false });
    expect(gate.tryEnter()).toBe(true);
    expect(await ask()).toMatchObject({ fromCache: true });
    gate.leave();
  });
});

describe('no fact sheet', () => {
  it('for an unpublished, an unknown or a malformed example: 404 with a Vietnamese message', async () => {
    const [unpublished] = await database.db.select({ slug: nominations.slug }).from(nominations).where(eq(nominations.status, 'unpublished'));
    const [draft] = await database.db.select({ slug: nominations.slug }).from(nominations).where(eq(nominations.status, 'draft'));
    for (const slug of [unpublished!.slug, draft!.slug, 'khong-co-dien-hinh-nay', 'Không hợp lệ']) {
      const response = await fetchSheet(slug);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toContain('Không tìm thấy điển hình này');
    }
  });
});
