import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Criterion, ReviewLevel } from '@/lib/domain/review-levels';
import type { Executor } from '../client';
import { campaignCriteria, campaignReviewLevels, campaigns, nominations } from '../schema';

/** How a campaign reviews: its levels (lowest first), its criteria, and its public notice. */
export interface ReviewSetup {
  levels: ReviewLevel[];
  criteria: Criterion[];
  usesNotice: boolean;
  noticeWorkingDays: number;
}

export async function getReviewSetup(db: Executor, { campaignId }: { campaignId: number }): Promise<ReviewSetup | null> {
  const [campaign] = await db
    .select({ usesNotice: campaigns.usesPublicNotice, noticeWorkingDays: campaigns.noticeWorkingDays })
    .from(campaigns)
    .where(eq(campaigns.id, campaignId));
  if (!campaign) return null;
  const [levels, criteria] = await Promise.all([
    db
      .select({
        position: campaignReviewLevels.position,
        name: campaignReviewLevels.name,
        areaKind: campaignReviewLevels.areaKind,
        decides: campaignReviewLevels.decides,
      })
      .from(campaignReviewLevels)
      .where(eq(campaignReviewLevels.campaignId, campaignId))
      .orderBy(asc(campaignReviewLevels.position)),
    db
      .select({ key: campaignCriteria.key, label: campaignCriteria.label, description: campaignCriteria.description })
      .from(campaignCriteria)
      .where(eq(campaignCriteria.campaignId, campaignId))
      .orderBy(asc(campaignCriteria.position)),
  ]);
  return { levels, criteria, ...campaign };
}

/** Dossiers of the campaign somewhere between submission and decision: while any exist, its levels stay as they are. */
export async function countDossiersInReview(db: Executor, { campaignId }: { campaignId: number }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), inArray(nominations.status, ['submitted', 'in_notice'])));
  return row?.n ?? 0;
}

/** Dossiers of the campaign in public notice now: while any exist, the campaign keeps its notice. */
export async function countDossiersInNotice(db: Executor, { campaignId }: { campaignId: number }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), eq(nominations.status, 'in_notice')));
  return row?.n ?? 0;
}

/** Replaces the campaign's levels, criteria and notice settings (the caller checked them and holds the campaign's lock). */
export async function replaceReviewSetup(tx: Executor, { campaignId, setup }: { campaignId: number; setup: ReviewSetup }): Promise<void> {
  await tx.delete(campaignReviewLevels).where(eq(campaignReviewLevels.campaignId, campaignId));
  await tx.delete(campaignCriteria).where(eq(campaignCriteria.campaignId, campaignId));
  if (setup.levels.length) await tx.insert(campaignReviewLevels).values(setup.levels.map((l) => ({ ...l, campaignId })));
  if (setup.criteria.length) await tx.insert(campaignCriteria).values(setup.criteria.map((c, position) => ({ ...c, position, campaignId })));
  await tx.update(campaigns).set({ usesPublicNotice: setup.usesNotice, noticeWorkingDays: setup.noticeWorkingDays }).where(eq(campaigns.id, campaignId));
}
