import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { nominations } from '@/db/schema';
import { demoCampaignId } from './review-setup';

/**
 * The first approved demo example of the demo campaign in `districtCode` that has no update yet (the demo's
 * own updated examples, db/seed/demo-versions.ts, are left to the tests about them), made `unitId`'s.
 */
export async function updatableExample(db: Db, { districtCode, unitId }: { districtCode: string; unitId: number }) {
  const campaignId = await demoCampaignId(db);
  const [pick] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(
      and(
        eq(nominations.status, 'approved'),
        eq(nominations.campaignId, campaignId),
        eq(nominations.districtCode, districtCode),
        sql`not exists (select 1 from example_updates u where u.nomination_id = ${nominations.id})`,
      ),
    )
    .orderBy(nominations.slug)
    .limit(1);
  if (!pick) throw new Error(`no approved demo example without updates in district ${districtCode}`);
  const [row] = await db.update(nominations).set({ unitId }).where(eq(nominations.id, pick.id)).returning();
  return row!;
}

/** The fields of a proposed update (a new version) as the form posts them: the example's own, changed by `over`. */
export function updateProposal(row: typeof nominations.$inferSelect, over: Record<string, string> = {}) {
  return {
    title: row.title,
    summary: row.summary,
    story: row.story,
    householdsEscaped: String(row.householdsEscaped ?? ''),
    nearPoorHelped: String(row.nearPoorHelped ?? ''),
    beneficiaryHouseholds: String(row.beneficiaryHouseholds ?? ''),
    ethnicMinorityHouseholds: String(row.ethnicMinorityHouseholds ?? ''),
    jobsCreated: String(row.jobsCreated ?? ''),
    contributionVnd: String(row.contributionVnd ?? ''),
    startedYear: String(row.startedYear ?? ''),
    note: 'Bổ sung số liệu năm 2026',
    ...over,
  };
}
