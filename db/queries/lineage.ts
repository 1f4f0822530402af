import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { adminUnits, nominations } from '../schema';

const lineageColumns = {
  id: nominations.id,
  slug: nominations.slug,
  title: nominations.title,
  nomineeName: nominations.nomineeName,
  nomineeKind: nominations.nomineeKind,
  publishMode: nominations.publishMode,
  status: nominations.status,
  year: nominations.year,
  communeName: adminUnits.fullName,
  unitId: nominations.unitId,
  communeTree: nominations.communeTree,
  communeCode: nominations.communeCode,
  currentCommuneCodes: nominations.currentCommuneCodes,
  districtCode: nominations.districtCode,
  provinceCodeOld: nominations.provinceCodeOld,
  provinceCodeNew: nominations.provinceCodeNew,
};

export type LineageRecord = Awaited<ReturnType<typeof findLineage>>['copies'][number];

/**
 * Where a model came from and where it was replicated, drafts left out (they are their unit's alone). Rows
 * carry private fields and permission facts: lib/nominations/related-records.ts decides what a viewer sees.
 */
export async function findLineage(db: Db, { id, replicatesId }: { id: string; replicatesId: string | null }) {
  const select = () =>
    db
      .select(lineageColumns)
      .from(nominations)
      .leftJoin(adminUnits, and(eq(adminUnits.tree, nominations.communeTree), eq(adminUnits.code, nominations.communeCode)));
  const [origin] = replicatesId ? await select().where(and(eq(nominations.id, replicatesId), ne(nominations.status, 'draft'))) : [];
  const copies = await select()
    .where(and(eq(nominations.replicatesId, id), ne(nominations.status, 'draft')))
    .orderBy(nominations.year, nominations.slug);
  return { origin: origin ?? null, copies };
}
