import 'server-only';
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ExampleFilters } from '@/lib/domain/example-filters';
import { IMPACT_FIGURE_KEYS, type AdminTree, type Field, type ImpactFigureKey, type NomineeKind } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { EXPORT_STATEMENT_TIMEOUT_MS, withStatementTimeout } from '../statement-timeout';
import { campaigns, nominations, units } from '../schema';
import { exampleConditions, type AreaSelection } from './example-filters';
import { cardColumns, toCards, type ExampleCard } from './examples';

/** Examples read per statement while a casebook is written: memory holds one batch of stories, never the whole book. */
export const CASEBOOK_BATCH_SIZE = 50;

export interface CasebookSelection {
  filters: ExampleFilters;
  area: AreaSelection;
}

export interface CasebookCommune {
  tree: AdminTree;
  code: string;
  name: string;
  districtName: string | null;
  provinceName: string | null;
  examples: number;
  householdsEscaped: number;
  beneficiaryHouseholds: number;
}

export interface CasebookSummary {
  examples: number;
  /** In the order the book lists them (by tree, then code: the statistics office's geographic order). */
  communes: CasebookCommune[];
  byKind: { kind: NomineeKind; examples: number }[];
  byField: { field: Field; examples: number }[];
  impact: Record<ImpactFigureKey, number>;
}

const unitName = (tree: SQL, code: SQL) => sql<string | null>`(SELECT full_name FROM admin_units au WHERE au.tree = ${tree} AND au.code = ${code})`;
const provinceCode = sql`CASE WHEN ${nominations.communeTree} = '2025' THEN ${nominations.provinceCodeNew} ELSE ${nominations.provinceCodeOld} END`;
const sumOf = (column: AnyPgColumn) => sql<string | number | null>`sum(${column})`;

/** Counts and sums of the selection, read before the book is written: its table of contents needs them first. */
export async function summarizeCasebook(db: Db, { filters, area }: CasebookSelection): Promise<CasebookSummary> {
  const where = exampleConditions(filters, area);
  return withStatementTimeout(db, EXPORT_STATEMENT_TIMEOUT_MS, async (tx) => {
    const [communes, kinds, fields, sums] = await Promise.all([
      tx
        .select({
          tree: nominations.communeTree,
          code: nominations.communeCode,
          name: unitName(sql`${nominations.communeTree}`, sql`${nominations.communeCode}`),
          districtName: sql<string | null>`CASE WHEN ${nominations.communeTree} = '2024' THEN ${unitName(sql`'2024'`, sql`${nominations.districtCode}`)} END`,
          provinceName: unitName(sql`${nominations.communeTree}`, provinceCode),
          examples: count(),
          householdsEscaped: sumOf(nominations.householdsEscaped),
          beneficiaryHouseholds: sumOf(nominations.beneficiaryHouseholds),
        })
        .from(nominations)
        .where(where)
        .groupBy(nominations.communeTree, nominations.communeCode, nominations.districtCode, nominations.provinceCodeOld, nominations.provinceCodeNew)
        .orderBy(asc(nominations.communeTree), asc(nominations.communeCode)),
      tx.select({ kind: nominations.nomineeKind, examples: count() }).from(nominations).where(where).groupBy(nominations.nomineeKind),
      tx.select({ field: nominations.field, examples: count() }).from(nominations).where(where).groupBy(nominations.field),
      tx
        .select(Object.fromEntries(IMPACT_FIGURE_KEYS.map((key) => [key, sumOf(nominations[key])])) as Record<ImpactFigureKey, ReturnType<typeof sumOf>>)
        .from(nominations)
        .where(where),
    ]);
    const total = (value: string | number | null | undefined) => Number(value ?? 0);
    return {
      examples: communes.reduce((sum, c) => sum + Number(c.examples), 0),
      communes: communes.map((c) => ({
        tree: c.tree,
        code: c.code,
        name: c.name ?? c.code,
        districtName: c.districtName,
        provinceName: c.provinceName,
        examples: Number(c.examples),
        householdsEscaped: total(c.householdsEscaped),
        beneficiaryHouseholds: total(c.beneficiaryHouseholds),
      })),
      byKind: kinds.map((k) => ({ kind: k.kind, examples: Number(k.examples) })),
      byField: fields.map((f) => ({ field: f.field, examples: Number(f.examples) })),
      impact: Object.fromEntries(IMPACT_FIGURE_KEYS.map((key) => [key, total(sums[0]?.[key])])) as Record<ImpactFigureKey, number>,
    };
  });
}

export interface CasebookExample extends ExampleCard {
  story: string;
  howItWorks: string | null;
  /** Storage key of the first public photo (its small copy when there is one); null when anonymised or without photos. */
  photoKey: string | null;
  /** The latest commendation, whose verify page the page's second QR code opens; null when none was recorded. */
  commendation: { form: string; issuer: string; verifyCode: string } | null;
}

// The first public photo, as the example card shows it; anonymised examples have none.
const photoKey = sql<string | null>`(SELECT coalesce(a.thumbnail_key, a.storage_key) FROM attachments a
  WHERE a.nomination_id = ${nominations.id} AND a.kind = 'photo' AND a.is_public AND ${nominations.publishMode} = 'named'
  ORDER BY a.position LIMIT 1)`;

// The latest commendation: the casebook prints its verify QR beside the page's own.
const commendation = sql<{
  form: string;
  issuer: string;
  verifyCode: string;
} | null>`(SELECT json_build_object('form', c.form, 'issuer', c.issuer, 'verifyCode', c.verify_code)
  FROM commendations c WHERE c.nomination_id = ${nominations.id} ORDER BY c.decision_date DESC, c.id LIMIT 1)`;

interface Position {
  tree: string;
  code: string;
  approvedKey: string;
  id: string;
}

function after(position: Position): SQL {
  return sql`(${nominations.communeTree}, ${nominations.communeCode}, ${nominations.approvedAt}, ${nominations.id})
    > (${position.tree}, ${position.code}, ${position.approvedKey}::timestamptz, ${position.id}::uuid)`;
}

type BatchRows = Awaited<ReturnType<typeof selectRows>>;

function selectRows(db: Db, where: SQL, from: Position | null, limit: number) {
  return db
    .select({ ...cardColumns, story: nominations.story, howItWorks: nominations.modelHowItWorks, photoKey, commendation })
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(from ? and(where, after(from)) : where)
    .orderBy(asc(nominations.communeTree), asc(nominations.communeCode), asc(nominations.approvedAt), asc(nominations.id))
    .limit(limit);
}

async function selectBatch(db: Db, where: SQL, from: Position | null, limit: number): Promise<{ rows: BatchRows; cards: ExampleCard[] }> {
  const rows = await selectRows(db, where, from, limit);
  return { rows, cards: await toCards(db, rows) };
}

/**
 * The selection's examples in the book's order (commune, then first approved first), read in keyset-paged
 * batches: one short transaction per batch, nothing held while the PDF is written and sent.
 */
export async function* readCasebookBatches(
  db: Db,
  { filters, area, batchSize = CASEBOOK_BATCH_SIZE }: CasebookSelection & { batchSize?: number },
): AsyncGenerator<CasebookExample[]> {
  const where = exampleConditions(filters, area);
  let position: Position | null = null;
  for (;;) {
    const from: Position | null = position;
    const { rows, cards }: { rows: BatchRows; cards: ExampleCard[] } = await withStatementTimeout(db, EXPORT_STATEMENT_TIMEOUT_MS, (tx) =>
      selectBatch(tx, where, from, batchSize),
    );
    if (rows.length === 0) return;
    yield cards.map((card, i) => ({
      ...card,
      story: rows[i]!.story,
      howItWorks: rows[i]!.howItWorks,
      photoKey: rows[i]!.photoKey,
      // PGlite parses json_build_object; postgres.js may hand it over as text.
      commendation: typeof rows[i]!.commendation === 'string' ? (JSON.parse(rows[i]!.commendation) as CasebookExample['commendation']) : rows[i]!.commendation,
    }));
    if (rows.length < batchSize) return;
    const last: BatchRows[number] = rows.at(-1)!;
    position = { tree: last.communeTree, code: last.communeCode, approvedKey: last.approvedKey, id: last.id };
  }
}
