import { and, asc, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { NominationStatus, AdminTree } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { adminUnits, nominations } from '../schema';
import { isUuid } from '@/lib/domain/ids';

export type DuplicateReason = 'same_nominee' | 'similar_title';

/**
 * A matching record, private fields included, with what a permission check needs: callers show it in full
 * only to someone who may review it (lib/nominations/related-records.ts).
 */
export interface DuplicateMatch {
  id: string;
  slug: string;
  title: string;
  nomineeName: string;
  nomineeKind: string;
  publishMode: string;
  status: string;
  year: number;
  communeName: string | null;
  unitId: number;
  communeTree: AdminTree;
  communeCode: string;
  currentCommuneCodes: string[];
  districtCode: string | null;
  provinceCodeOld: string | null;
  provinceCodeNew: string | null;
  reason: DuplicateReason;
  /** Trigram similarity of the two titles (0–1), also for same-nominee matches. */
  similarity: number;
}

export const DUPLICATE_REASON_LABELS: Record<DuplicateReason, string> = {
  same_nominee: 'Cùng tên người/tập thể được giới thiệu trên cùng địa bàn',
  similar_title: 'Tiêu đề rất giống một hồ sơ trên cùng địa bàn',
};

// Other units' drafts are private work in progress, so they never count as a prior record.
const COMPARED_STATUSES: NominationStatus[] = ['submitted', 'returned', 'approved', 'rejected', 'unpublished'];

// Two different achievements of one commune in the demo reach 0.48 (two farmers' clubs of
// Bình Thắng), while reworded copies of a title stay above 0.7: 0.55 keeps the first apart.
const SIMILAR_TITLE_THRESHOLD = 0.55;

/** Matches the trigram expression the example search uses for titles. */
function foldedTitle(column: PgColumn): SQL {
  return sql`f_unaccent(lower(${column}))`;
}

/**
 * Unaccenting before lower-casing keeps equality independent of the database's ctype:
 * under a C locale lower() leaves "Đ" as it is, while unaccent() maps it to an ASCII "D".
 */
function foldedName(column: PgColumn): SQL {
  return sql`btrim(regexp_replace(lower(f_unaccent(${column})), '[[:space:]]+', ' ', 'g'))`;
}

/**
 * Earlier or parallel records of the same area that may describe the same person or
 * achievement: a reviewer sees them before deciding, to avoid a second award for one deed.
 */
export async function findPossibleDuplicates(db: Db, { nominationId, limit = 5 }: { nominationId: string; limit?: number }): Promise<DuplicateMatch[]> {
  if (!isUuid(nominationId)) return [];
  const target = alias(nominations, 'target');
  const other = nominations;
  const titleSimilarity = sql<number>`similarity(${foldedTitle(target.title)}, ${foldedTitle(other.title)})`;
  const sameNominee = sql`(${foldedName(target.nomineeName)} <> '' AND ${foldedName(target.nomineeName)} = ${foldedName(other.nomineeName)})`;
  // An old-tree record and a new-tree one of the merged commune share a current commune code.
  const sameArea = or(
    and(eq(other.communeTree, target.communeTree), eq(other.communeCode, target.communeCode)),
    sql`${other.currentCommuneCodes} && ${target.currentCommuneCodes}`,
  );
  const rows = await db
    .select({
      id: other.id,
      slug: other.slug,
      title: other.title,
      nomineeName: other.nomineeName,
      nomineeKind: other.nomineeKind,
      publishMode: other.publishMode,
      status: other.status,
      year: other.year,
      communeName: adminUnits.fullName,
      unitId: other.unitId,
      communeTree: other.communeTree,
      communeCode: other.communeCode,
      currentCommuneCodes: other.currentCommuneCodes,
      districtCode: other.districtCode,
      provinceCodeOld: other.provinceCodeOld,
      provinceCodeNew: other.provinceCodeNew,
      sameNominee: sql<boolean>`${sameNominee}`,
      similarity: titleSimilarity.mapWith(Number),
    })
    .from(target)
    .innerJoin(
      other,
      and(ne(other.id, target.id), inArray(other.status, COMPARED_STATUSES), sameArea, or(sameNominee, sql`${titleSimilarity} >= ${SIMILAR_TITLE_THRESHOLD}`)),
    )
    .leftJoin(adminUnits, and(eq(adminUnits.tree, other.communeTree), eq(adminUnits.code, other.communeCode)))
    .where(eq(target.id, nominationId))
    .orderBy(desc(titleSimilarity), desc(sameNominee), desc(other.year), asc(other.id))
    .limit(limit);
  return rows.map(({ sameNominee: same, ...row }) => ({ ...row, reason: same === true ? 'same_nominee' : 'similar_title' }));
}
