import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { campaignCriteria, campaigns, nominations } from '@/db/schema';
import { DEMO_CAMPAIGN } from '@/db/seed/demo-units';

/**
 * For tests of what follows a decision rather than of the levels themselves: the deciding level approves
 * without a public notice and with nothing to score (tests/review/levels.test.ts covers those).
 */
export async function decideWithoutNotice(db: Db) {
  await db.update(campaigns).set({ usesPublicNotice: false });
  await db.delete(campaignCriteria);
}

/** The 2021–2025 demo campaign, whose deciding level (huyện, position 1) is where thamdinh@ works. */
export async function demoCampaignId(db: Db): Promise<number> {
  const [row] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, DEMO_CAMPAIGN.slug));
  if (!row) throw new Error('the demo campaign is missing');
  return row.id;
}

export const DISTRICT_LEVEL = 1;

/** A demo dossier of the 2021–2025 campaign waiting for the district, the level thamdinh@ decides at. */
export async function awaitingDistrict(db: Db) {
  const [row] = await db
    .select({ id: nominations.id, version: nominations.version })
    .from(nominations)
    .where(and(eq(nominations.campaignId, await demoCampaignId(db)), eq(nominations.status, 'submitted'), eq(nominations.reviewLevel, DISTRICT_LEVEL)))
    .limit(1);
  if (!row) throw new Error('no demo dossier waits for the district');
  return row;
}
