import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { SUPPORT_FORMS, type SupportForm } from '@/lib/domain/example-support';
import type { SupportTotal } from '@/lib/domain/stats';
import type { Db, Executor, Tx } from '../client';
import { preparedOnce } from '../prepared';
import { exampleSupport, nominations, users } from '../schema';
import { nominationFactsColumns } from './nomination-facts';

/** The public part of a support row: what the page, the API and the open data show. */
export interface PublicSupport {
  date: string;
  form: SupportForm;
  provider: string;
  amountVnd: number;
}

const publicColumns = {
  date: exampleSupport.supportedOn,
  form: exampleSupport.form,
  provider: exampleSupport.provider,
  amountVnd: exampleSupport.amountVnd,
};

/** The permission facts of a nomination, its row held until the transaction ends, so no unpublish or move can slip in between. */
export async function lockNominationFacts(tx: Tx, { id, mode }: { id: string; mode: 'share' | 'update' }) {
  const [row] = await tx.select(nominationFactsColumns).from(nominations).where(eq(nominations.id, id)).for(mode);
  return row ?? null;
}

/**
 * The actor's membership as it is now, held until the transaction ends: a scope or unit change made
 * meanwhile (which locks the row for update) waits, and one made before is seen here.
 */
export async function lockActorMembership(tx: Tx, { userId }: { userId: string }) {
  const [row] = await tx
    .select({ role: users.role, unitId: users.unitId, scopeTree: users.scopeTree, scopeCode: users.scopeCode, active: users.active })
    .from(users)
    .where(eq(users.id, userId))
    .for('share');
  return row ?? null;
}

export async function insertSupport(
  tx: Executor,
  values: { nominationId: string; supportedOn: string; form: SupportForm; provider: string; amountVnd: number; recordedBy: string },
): Promise<{ id: string }> {
  const [row] = await tx.insert(exampleSupport).values(values).returning({ id: exampleSupport.id });
  return { id: row!.id };
}

export async function getSupportNomination(db: Executor, { id }: { id: string }): Promise<string | null> {
  const [row] = await db.select({ nominationId: exampleSupport.nominationId }).from(exampleSupport).where(eq(exampleSupport.id, id));
  return row?.nominationId ?? null;
}

export async function deleteSupport(tx: Executor, { id, nominationId }: { id: string; nominationId: string }): Promise<boolean> {
  const rows = await tx
    .delete(exampleSupport)
    .where(and(eq(exampleSupport.id, id), eq(exampleSupport.nominationId, nominationId)))
    .returning({ id: exampleSupport.id });
  return rows.length > 0;
}

/** Oldest first, as the page's table reads. */
export async function listPublicSupport(db: Executor, { nominationId }: { nominationId: string }): Promise<PublicSupport[]> {
  return preparedOnce(db, 'public-support', (statement) =>
    db
      .select(publicColumns)
      .from(exampleSupport)
      .where(eq(exampleSupport.nominationId, sql.placeholder('nominationId')))
      .orderBy(asc(exampleSupport.supportedOn), asc(exampleSupport.recordedAt))
      .prepare(statement),
  ).execute({ nominationId });
}

/** The dossier's list: the public columns plus who recorded each row, for the people who may remove it. */
export async function listSupportForDossier(db: Executor, { nominationId }: { nominationId: string }) {
  return db
    .select({ id: exampleSupport.id, ...publicColumns, recordedByName: users.name, recordedAt: exampleSupport.recordedAt })
    .from(exampleSupport)
    .leftJoin(users, eq(users.id, exampleSupport.recordedBy))
    .where(eq(exampleSupport.nominationId, nominationId))
    .orderBy(desc(exampleSupport.supportedOn), desc(exampleSupport.recordedAt));
}

export type DossierSupportRow = Awaited<ReturnType<typeof listSupportForDossier>>[number];

/** Support of many examples at once, for an export batch. */
export async function listPublicSupportOf(db: Executor, ids: string[]): Promise<Map<string, PublicSupport[]>> {
  const rows = ids.length
    ? await db
        .select({ nominationId: exampleSupport.nominationId, ...publicColumns })
        .from(exampleSupport)
        .where(inArray(exampleSupport.nominationId, ids))
        .orderBy(asc(exampleSupport.nominationId), asc(exampleSupport.supportedOn), asc(exampleSupport.recordedAt))
    : [];
  const byNomination = new Map<string, PublicSupport[]>();
  for (const { nominationId, ...support } of rows) byNomination.set(nominationId, [...(byNomination.get(nominationId) ?? []), support]);
  return byNomination;
}

/** Totals by form over the examples the stats filters select (`where` is on nominations), in SUPPORT_FORMS order. */
export async function sumSupportByForm(db: Db, where: SQL): Promise<SupportTotal[]> {
  const rows = await db
    .select({
      form: exampleSupport.form,
      count: sql<number>`count(*)`.mapWith(Number),
      examples: sql<number>`count(DISTINCT ${exampleSupport.nominationId})`.mapWith(Number),
      amountVnd: sql<number>`coalesce(sum(${exampleSupport.amountVnd}), 0)`.mapWith(Number),
    })
    .from(exampleSupport)
    .innerJoin(nominations, eq(nominations.id, exampleSupport.nominationId))
    .where(where)
    .groupBy(exampleSupport.form);
  return SUPPORT_FORMS.flatMap((form) => rows.filter((r) => r.form === form));
}
