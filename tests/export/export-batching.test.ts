import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setDatabase } from '@/db';
import { listPublishedExamples } from '@/db/queries/examples';
import { parseCsv } from '@/lib/export/csv';
import { exportCsvStream, exportJsonStream } from '@/lib/examples/export';
import { GET as getCsv, OPTIONS } from '@/app/api/v1/examples.csv/route';
import { GET as getJson } from '@/app/api/v1/examples.json/route';
import { type TestDatabase } from '../support/database';
import { approvedSlugs, BASE, counted, openOrThrow, records, seededDatabase, streamText } from './support';

let database: TestDatabase;

beforeAll(async () => {
  database = await seededDatabase();
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await database.dispose();
});

async function apiOrder(sort: 'newest' | 'impact'): Promise<string[]> {
  const page = await listPublishedExamples(database.db, { filters: { sort }, limit: 100 });
  return page.items.map((i) => i.slug);
}

describe('batched reading', () => {
  it('reads more rows than one batch, a batch at a time, in the API order', async () => {
    const total = (await approvedSlugs(database)).length;
    for (const sort of ['newest', 'impact'] as const) {
      const sizes: number[] = [];
      const batches = counted(await openOrThrow(database, `sort=${sort}`, 4), sizes);
      const rows = records(parseCsv(await streamText(exportCsvStream(batches, { base: BASE }))));
      expect(total).toBeGreaterThan(4);
      expect(sizes.length, sort).toBe(Math.ceil(total / 4));
      expect(sizes.every((n) => n > 0 && n <= 4)).toBe(true);
      expect(
        rows.map((r) => r.slug),
        sort,
      ).toEqual(await apiOrder(sort));
    }
  });

  it('writes each batch as it comes instead of reading everything first', async () => {
    const sizes: number[] = [];
    const batches = counted(await openOrThrow(database, '', 2), sizes);
    const reader = exportJsonStream(batches, { base: BASE }).getReader();
    const decoder = new TextDecoder();
    const head = decoder.decode((await reader.read()).value);
    expect(head.startsWith('{"licence":')).toBe(true);
    const first = decoder.decode((await reader.read()).value);
    expect(first.startsWith('{"slug":')).toBe(true);
    // At most the next batch has been asked for while the first was handed over.
    expect(sizes.length).toBeLessThanOrEqual(2);
    expect(sizes.length).toBeLessThan(Math.ceil((await approvedSlugs(database)).length / 2));
    await reader.cancel();
  });

  it('does not skip rows approved within the same millisecond across a batch boundary', async () => {
    const [a, b] = await approvedSlugs(database);
    await database.exec(`UPDATE nominations SET approved_at = '2030-01-01T00:00:00.123456Z' WHERE slug = '${a}'`);
    await database.exec(`UPDATE nominations SET approved_at = '2030-01-01T00:00:00.123400Z' WHERE slug = '${b}'`);
    const rows = records(parseCsv(await streamText(exportCsvStream(await openOrThrow(database, '', 1), { base: BASE }))));
    expect(rows.slice(0, 2).map((r) => r.slug)).toEqual([a, b]);
    expect(rows.map((r) => r.slug).sort()).toEqual(await approvedSlugs(database));
  });

  it('gives an empty but well-formed file when nothing matches', async () => {
    const csv = parseCsv(await streamText(exportCsvStream(await openOrThrow(database, 'q=%25'), { base: BASE })));
    expect(csv).toHaveLength(1);
    const json = JSON.parse(await streamText(exportJsonStream(await openOrThrow(database, 'q=%25'), { base: BASE }))) as { items: unknown[] };
    expect(json.items).toEqual([]);
  });
});

describe('routes', () => {
  it('serve the CSV as an attachment to anyone, with open CORS', async () => {
    const response = await getCsv(new Request('http://localhost/api/v1/examples.csv?year=2023'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="guong-sang-dien-hinh.csv"');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const slugs = records(parseCsv(await response.text()))
      .map((r) => r.slug)
      .sort();
    expect(slugs).toEqual(await approvedSlugs(database, 'year = 2023'));
  });

  it('serve the JSON as an attachment', async () => {
    const response = await getJson(new Request('http://localhost/api/v1/examples.json?kind=model'));
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="guong-sang-dien-hinh.json"');
    const body = (await response.json()) as { items: { slug: string }[] };
    expect(body.items.map((i) => i.slug).sort()).toEqual(await approvedSlugs(database, `nominee_kind = 'model'`));
  });

  it('answer bad parameters with 400 and a Vietnamese message', async () => {
    for (const [get, query, code] of [
      [getCsv, 'kind=robot', 'invalid_kind'],
      [getJson, 'district=12', 'invalid_district'],
      [getCsv, 'province=2025:99', 'unknown_province'],
    ] as const) {
      const response = await get(new Request(`http://localhost/api/v1/examples.x?${query}`));
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/không/i);
    }
  });

  it('answer the CORS preflight', async () => {
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  });
});
