import type { ExportRow } from '@/db/queries/example-export';
import { exportCsvStream, exportJsonStream, openExampleExport } from '@/lib/examples/export';
import { createTestDatabase, queryRows, type TestDatabase } from '../support/database';

export const BASE = 'https://guongsang.test';

/** The public API item's keys, written out here rather than read from the code under test. */
export const PUBLIC_KEYS = [
  'slug',
  'title',
  'nomineeKind',
  'field',
  'nomineeName',
  'summary',
  'commune',
  'district',
  'province',
  'campaign',
  'year',
  'impact',
  'photos',
  'followUps',
  'approvedAt',
  'version',
  'updatedAt',
  'url',
  'support',
  'replicationRequests',
  'views',
  'rating',
  'commentCount',
].sort();

export const CSV_COLUMNS_EXPECTED = [
  'slug',
  'title',
  'nominee_kind',
  'field',
  'nominee_name',
  'summary',
  'commune_code',
  'commune_name',
  'district_code',
  'district_name',
  'province_code',
  'province_name',
  'campaign_slug',
  'campaign_name',
  'year',
  'impact_households_escaped',
  'impact_near_poor_helped',
  'impact_beneficiary_households',
  'impact_ethnic_minority_households',
  'impact_jobs_created',
  'impact_contribution_vnd',
  'impact_started_year',
  'photo_urls',
  'follow_ups',
  'approved_at',
  'version',
  'updated_at',
  'url',
  'support_count',
  'support_total_vnd',
  'replication_requests',
  'views',
  'rating_average',
  'rating_count',
  'comment_count',
];

export async function seededDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase({ seeded: true });
  return database;
}

export async function approvedSlugs(database: TestDatabase, where = 'true'): Promise<string[]> {
  const rows = await queryRows<{ slug: string }>(database, `SELECT slug FROM nominations WHERE status = 'approved' AND (${where})`);
  return rows.map((r) => r.slug).sort();
}

/** Counts the batches as they pass, to show the export reads the table a batch at a time. */
export async function* counted(batches: AsyncIterable<ExportRow[]>, sizes: number[]): AsyncGenerator<ExportRow[]> {
  for await (const batch of batches) {
    sizes.push(batch.length);
    yield batch;
  }
}

export async function openOrThrow(database: TestDatabase, query = '', batchSize?: number) {
  const opened = await openExampleExport(database.db, new URLSearchParams(query), { batchSize });
  if (!opened.ok) throw new Error(opened.message);
  return opened.batches;
}

/** The bytes as sent, decoded without dropping the byte order mark. */
export async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export async function csvText(database: TestDatabase, query = '', batchSize?: number) {
  return streamText(exportCsvStream(await openOrThrow(database, query, batchSize), { base: BASE }));
}

export async function jsonDocument(database: TestDatabase, query = '', batchSize?: number) {
  const text = await streamText(exportJsonStream(await openOrThrow(database, query, batchSize), { base: BASE }));
  return { text, document: JSON.parse(text) as { licence: Record<string, string>; generatedAt: string; items: Record<string, unknown>[] } };
}

/** CSV rows as objects keyed by the header. */
export function records(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
}
