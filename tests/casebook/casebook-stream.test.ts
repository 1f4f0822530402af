import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import type { CasebookCommune, CasebookExample, CasebookSummary } from '@/db/queries/casebook';
import { countPages, fileNameOf, formatSize, type PageCounter } from '@/components/casebook/download-progress';
import { createCasebookCache } from '@/lib/casebook/disk-cache';
import { pdfStream } from '@/lib/casebook/pdf-stream';
import { planCasebook } from '@/lib/casebook/plan';
import { writeCasebook, type CasebookContent } from '@/lib/casebook/write';
import { qrPng } from '@/lib/pdf/qr';
import { pageImages, pageTexts } from './pdf-read';

const SITE = 'https://guongsang.test';

function commune(code: string, examples: number): CasebookCommune {
  return {
    tree: '2024',
    code,
    name: `Xã Thử ${code}`,
    districtName: 'Huyện Bù Gia Mập',
    provinceName: 'Tỉnh Bình Phước',
    examples,
    householdsEscaped: examples,
    beneficiaryHouseholds: 0,
  };
}

function example(code: string, n: number, overrides: Partial<CasebookExample> = {}): CasebookExample {
  return {
    id: `00000000-0000-4000-8000-${code}${String(n).padStart(7, '0')}`,
    slug: `dien-hinh-${code}-${n}`,
    title: `Điển hình số ${n} của xã ${code}`,
    nomineeName: `Hộ ông Nguyễn Văn Thử ${n}`,
    anonymised: false,
    nomineeKind: 'household',
    field: 'production',
    year: 2024,
    summary: 'Nuôi bò sinh sản, trồng điều xen ca cao.',
    story: 'Gia đình vay vốn, học kỹ thuật và giúp hàng xóm.',
    howItWorks: null,
    photoKey: null,
    commendation: null,
    commune: { tree: '2024', code, name: `Xã Thử ${code}` },
    district: { code: '691', name: 'Huyện Bù Gia Mập' },
    province: { code: '70', name: 'Tỉnh Bình Phước' },
    nowPartOf: [],
    campaign: { slug: 'thu', name: 'Phong trào thử' },
    unitName: 'UBND xã Thử',
    impact: {
      householdsEscaped: 1,
      nearPoorHelped: null,
      beneficiaryHouseholds: null,
      ethnicMinorityHouseholds: null,
      jobsCreated: null,
      contributionVnd: null,
      startedYear: 2020,
    },
    approvedAt: new Date('2024-06-01T00:00:00Z'),
    commentCount: 0,
    version: 1,
    updatedAt: new Date('2024-06-01T00:00:00Z'),
    cover: null,
    ...overrides,
  };
}

function summaryOf(communes: CasebookCommune[]): CasebookSummary {
  const examples = communes.reduce((n, c) => n + c.examples, 0);
  return {
    examples,
    communes,
    byKind: [{ kind: 'household', examples }],
    byField: [{ field: 'production', examples }],
    impact: { householdsEscaped: examples, nearPoorHelped: 0, beneficiaryHouseholds: 0, ethnicMinorityHouseholds: 0, jobsCreated: 0, contributionVnd: 0 },
  };
}

/** Yields the batches one by one and notes each one asked for: the stand-in for the keyset-paged reads. */
function counted(batches: CasebookExample[][], reads: number[]): AsyncIterable<CasebookExample[]> {
  return (async function* () {
    for (const batch of batches) {
      reads.push(batch.length);
      yield batch;
    }
  })();
}

function content(summary: CasebookSummary, batches: AsyncIterable<CasebookExample[]>): CasebookContent {
  return {
    cover: {
      campaignName: 'Phong trào thử',
      areaLabel: 'Huyện Bù Gia Mập',
      yearLabel: 'Năm 2024',
      madeOn: new Date('2024-12-01T00:00:00Z'),
      site: 'guongsang.test',
    },
    running: 'Phong trào thử · Năm 2024',
    summary,
    verifyUrl: (code) => `https://guongsang.test/verify/${code}`,
    batches,
    exampleUrl: (slug) => `${SITE}/examples/${slug}`,
    qr: qrPng,
    photo: async () => null,
  };
}

function book(c: CasebookContent, { queueBytes, finished }: { queueBytes?: number; finished?: (complete: boolean) => Promise<void> } = {}) {
  return pdfStream({ title: 'Kỷ yếu thử', author: 'Gương sáng' }, (doc, waitForRoom) => writeCasebook(doc, c, waitForRoom), { finished }, queueBytes);
}

describe('the page plan', () => {
  it('numbers the contents, each commune’s first example and the totals before any page is written', () => {
    const plan = planCasebook([{ examples: 2 }, { examples: 1 }, { examples: 3 }]);
    expect(plan).toEqual({ tocPages: 1, communeStarts: [3, 5, 6], totalsStart: 9, totalsPages: 2, pageCount: 10 });
    const many = planCasebook(Array.from({ length: 30 }, () => ({ examples: 1 })));
    // 30 communes and the totals line: 31 rows, two contents pages; 31 rows of the commune table with its sum.
    expect(many.tocPages).toBe(2);
    expect(many.communeStarts[0]).toBe(4);
    expect(many.totalsStart).toBe(34);
    expect(many.totalsPages).toBe(2);
  });
});

describe('writing a casebook', () => {
  const N = 4;
  const communes = [commune('25001', 3), commune('25002', 6)];
  const examples = [...[1, 2, 3].map((n) => example('25001', n)), ...[1, 2, 3, 4, 5, 6].map((n) => example('25002', n))];
  const batches = () => [examples.slice(0, N), examples.slice(N, 2 * N), examples.slice(2 * N)];

  it('reads 2N+1 examples in three batches of at most N, and gives each exactly one page', async () => {
    const reads: number[] = [];
    const bytes = new Uint8Array(await new Response(book(content(summaryOf(communes), counted(batches(), reads)))).arrayBuffer());
    expect(examples).toHaveLength(2 * N + 1);
    expect(reads).toEqual([N, N, 1]);
    const pages = await pageTexts(bytes);
    expect(pages).toHaveLength(planCasebook(communes).pageCount);
    const qrs = pageImages(bytes).map((p) => p.qr);
    expect(qrs.slice(2, 2 + examples.length)).toEqual(examples.map((e) => [`${SITE}/examples/${e.slug}`]));
  });

  it('waits for the reader: a slow download holds the writing back instead of piling the book up in memory', async () => {
    // Pages with a photo each, so that a page is a small part of the book.
    const photo = await sharp({ create: { width: 400, height: 260, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
      .jpeg()
      .toBuffer();
    const withPhotos = examples.map((e) => ({ ...e, photoKey: 'photo' }));
    const c = { ...content(summaryOf(communes), counted([withPhotos.slice(0, N), withPhotos.slice(N)], [])), photo: async () => photo };
    const state = { held: false, finished: false, produced: 0, consumed: 0, mostAhead: 0 };
    const reader = pdfStream(
      { title: 'Kỷ yếu thử', author: 'Gương sáng' },
      (doc, waitForRoom) => writeCasebook(doc, c, waitForRoom),
      {
        chunk: (b) => {
          state.produced += b.byteLength;
          state.mostAhead = Math.max(state.mostAhead, state.produced - state.consumed);
        },
        waiting: (held) => (state.held = held),
        finished: async () => void (state.finished = true),
      },
      1,
    ).getReader();
    // The reader takes a chunk only when the writer cannot go on without it.
    for (;;) {
      await vi.waitFor(() => expect(state.held || state.finished).toBe(true));
      const next = await reader.read();
      if (next.done) break;
      state.consumed += next.value.byteLength;
    }
    expect(state.consumed).toBe(state.produced);
    expect(state.mostAhead).toBeLessThan(state.produced / 4);
  });

  it('stops writing and keeps nothing when the reader goes away', async () => {
    const reads: number[] = [];
    const outcomes: boolean[] = [];
    const reader = book(content(summaryOf(communes), counted(batches(), reads)), {
      queueBytes: 1,
      finished: async (complete) => void outcomes.push(complete),
    }).getReader();
    await reader.read();
    await reader.cancel();
    await vi.waitFor(() => expect(outcomes).toEqual([false]));
    expect(reads.length).toBeLessThan(3);
  });

  it('cuts a long title, summary and story to fit their page', async () => {
    const long = example('25001', 1, {
      title: 'Mô hình nuôi bò sinh sản '.repeat(20).trim(),
      summary: 'Tóm tắt rất dài. '.repeat(200),
      story: Array.from({ length: 80 }, (_, i) => `Đoạn ${i + 1}: gia đình vay vốn, học kỹ thuật, giúp hàng xóm cùng làm.`).join('\n\n'),
    });
    const bytes = new Uint8Array(await new Response(book(content(summaryOf([commune('25001', 1)]), counted([[long]], [])))).arrayBuffer());
    const pages = await pageTexts(bytes);
    expect(pages).toHaveLength(planCasebook([{ examples: 1 }]).pageCount);
    expect(pages[2]).toContain('…');
    expect(pages[2]).toContain('Đoạn 1:');
    expect(pages[2]).not.toContain('Đoạn 80:');
    expect(pages[2]).toContain('Trang 3');
  });

  it('keeps the page numbers when an example went between the count and its page, and leaves out one that came', async () => {
    const counts = [commune('25001', 2), commune('25002', 1)];
    const arrived = [example('25001', 1), example('25009', 1), example('25002', 1), example('25002', 2)];
    const bytes = new Uint8Array(await new Response(book(content(summaryOf(counts), counted([arrived], [])))).arrayBuffer());
    const pages = (await pageTexts(bytes)).map((t) => t.replace(/\s+/g, ' '));
    expect(pages).toHaveLength(planCasebook(counts).pageCount);
    expect(pages[2]).toContain('Điển hình số 1 của xã 25001');
    expect(pages[3]).toContain('đã thôi được công bố');
    expect(pages[4]).toContain('Điển hình số 1 của xã 25002');
    expect(pages.join(' ')).not.toContain('xã 25009');
    expect(pages.join(' ')).not.toContain('Điển hình số 2 của xã 25002');
  });
});

describe('the download’s progress', () => {
  it('counts the pages made from the bytes received, however the chunks fall', async () => {
    const communes = [commune('25001', 2), commune('25002', 3)];
    const all = [...[1, 2].map((n) => example('25001', n)), ...[1, 2, 3].map((n) => example('25002', n))];
    const bytes = new Uint8Array(await new Response(book(content(summaryOf(communes), counted([all], [])))).arrayBuffer());
    const pages = planCasebook(communes).pageCount;
    for (const size of [1, 7, 11, 12, 13, 4096, bytes.length]) {
      let counter: PageCounter = { pages: 0, carry: '' };
      for (let at = 0; at < bytes.length; at += size) counter = countPages(counter, bytes.subarray(at, at + size));
      expect(counter.pages, `chunks of ${size}`).toBe(pages);
    }
    expect(fileNameOf('attachment; filename="ky-yeu-x-2024.pdf"')).toBe('ky-yeu-x-2024.pdf');
    expect(formatSize(1_572_864)).toBe('1,5 MB');
  });
});

describe('the disk cache', () => {
  const bytes = (text: string) => Buffer.from(text);
  const read = async (opened: { body: ReadableStream<Uint8Array> } | null) => (opened ? new Response(opened.body).text() : null);

  it('keeps a finished file under its version and key, drops aborted, stale and oversize ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guongsang-casebook-cache-'));
    const cache = createCasebookCache({ dir, maxBytes: 1000, maxFileBytes: 10 });
    const one = await cache.writer(1, 'a');
    one.write(bytes('hello'));
    await one.commit(true);
    expect(await read(await cache.open(1, 'a'))).toBe('hello');
    expect(await cache.open(1, 'b')).toBeNull();
    expect(await cache.open(2, 'a')).toBeNull();

    const aborted = await cache.writer(1, 'b');
    aborted.write(bytes('half'));
    await aborted.abort();
    const moved = await cache.writer(1, 'c');
    moved.write(bytes('mixed'));
    await moved.commit(false);
    const big = await cache.writer(1, 'd');
    big.write(bytes('0123456789abc'));
    await big.commit(true);
    expect(await cache.open(1, 'b')).toBeNull();
    expect(await cache.open(1, 'c')).toBeNull();
    expect(await cache.open(1, 'd')).toBeNull();
    expect(readdirSync(dir)).toHaveLength(1);

    // A file of a new version clears the older ones: they can never be served again.
    const next = await cache.writer(2, 'a');
    next.write(bytes('world'));
    await next.commit(true);
    expect(await cache.open(1, 'a')).toBeNull();
    expect(await read(await cache.open(2, 'a'))).toBe('world');
  });

  it('is bounded in bytes, letting the least recently served files go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guongsang-casebook-cache-'));
    const cache = createCasebookCache({ dir, maxBytes: 10, maxFileBytes: 10 });
    for (const key of ['a', 'b']) {
      const w = await cache.writer(1, key);
      w.write(bytes('12345'));
      await w.commit(true);
    }
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), new Date(2000, 0, 1), new Date(2000, 0, 1));
    await read(await cache.open(1, 'a'));
    const w = await cache.writer(1, 'c');
    w.write(bytes('12345'));
    await w.commit(true);
    expect(await cache.open(1, 'b')).toBeNull();
    expect(await read(await cache.open(1, 'a'))).toBe('12345');
    expect(await read(await cache.open(1, 'c'))).toBe('12345');
  });
});
