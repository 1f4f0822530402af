import 'server-only';
import type { Db } from '@/db/client';
import { findPossibleDuplicates, type DuplicateReason } from '@/db/queries/duplicates';
import { findLineage } from '@/db/queries/lineage';
import { canReviewNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus, NomineeKind, AdminTree } from '@/lib/domain/vocabulary';
import { publicNomineeName } from '@/lib/examples/present';

/** A record as this viewer may see it: in full where they may review it, otherwise its public page. */
export interface RelatedRecord {
  href: string;
  title: string;
  nomineeName: string;
  status: NominationStatus;
  year: number;
  communeName: string | null;
  /** Shown as the public sees it, because it lies outside what the viewer may review. */
  outsideScope: boolean;
}

export interface RelatedDuplicate extends RelatedRecord {
  reason: DuplicateReason;
}

interface Found {
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
}

/** Looked up beyond what is shown, so that records the viewer may not see do not crowd out those they may. */
const DUPLICATES_SEARCHED = 25;
const DUPLICATES_SHOWN = 5;

function asSeenBy(viewer: SessionUser, row: Found): RelatedRecord | null {
  const status = row.status as NominationStatus;
  const base = { title: row.title, status, year: row.year, communeName: row.communeName };
  if (canReviewNomination(viewer, { ...row, status })) return { ...base, href: `/review/${row.id}`, nomineeName: row.nomineeName, outsideScope: false };
  // Elsewhere only what the public may see: a published example, named only with the nominee's consent.
  if (status !== 'approved') return null;
  const nomineeName = publicNomineeName({
    nomineeName: row.nomineeName,
    nomineeKind: row.nomineeKind as NomineeKind,
    anonymised: row.publishMode === 'anonymised',
  });
  return { ...base, href: `/examples/${row.slug}`, nomineeName, outsideScope: true };
}

/** Possible duplicates and the replication line of a nomination, each shown as `viewer` may see it. */
export async function relatedRecordsForReview(db: Db, viewer: SessionUser, nomination: { id: string; replicatesId: string | null }) {
  const [matches, lineage] = await Promise.all([
    findPossibleDuplicates(db, { nominationId: nomination.id, limit: DUPLICATES_SEARCHED }),
    findLineage(db, nomination),
  ]);
  const duplicates: RelatedDuplicate[] = [];
  for (const match of matches) {
    const seen = asSeenBy(viewer, match);
    if (seen && duplicates.length < DUPLICATES_SHOWN) duplicates.push({ ...seen, reason: match.reason });
  }
  return {
    duplicates,
    lineage: {
      origin: lineage.origin ? asSeenBy(viewer, lineage.origin) : null,
      copies: lineage.copies.map((copy) => asSeenBy(viewer, copy)).filter((c): c is RelatedRecord => c !== null),
    },
  };
}
