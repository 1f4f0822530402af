import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from '../client';
import { campaigns, nominations } from '../schema';
import type { NominationStatus } from '@/lib/domain/vocabulary';

/** The columns an admin edits; the same shape is inserted and updated. */
export interface CampaignValues {
  name: string;
  shortName: string;
  slug: string;
  description: string;
  startYear: number;
  endYear: number;
  submissionsOpenOn: string | null;
  submissionsCloseOn: string | null;
  acceptingNominations: boolean;
}

const editColumns = {
  id: campaigns.id,
  name: campaigns.name,
  shortName: campaigns.shortName,
  slug: campaigns.slug,
  description: campaigns.description,
  startYear: campaigns.startYear,
  endYear: campaigns.endYear,
  submissionsOpenOn: campaigns.submissionsOpenOn,
  submissionsCloseOn: campaigns.submissionsCloseOn,
  acceptingNominations: campaigns.acceptingNominations,
};

/** Public links keep working only while these exist under the campaign's slug (or may again, after republishing). */
const PUBLISHED_STATUSES: NominationStatus[] = ['approved', 'unpublished'];

/** Every campaign, newest first, with how many nominations (any state) and approved examples it holds. */
export async function listCampaignsForAdmin(db: Db) {
  const nominationCount = sql<number>`count(${nominations.id})`.mapWith(Number);
  const approvedCount = sql<number>`count(${nominations.id}) filter (where ${nominations.status} = 'approved')`.mapWith(Number);
  return db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      shortName: campaigns.shortName,
      slug: campaigns.slug,
      startYear: campaigns.startYear,
      endYear: campaigns.endYear,
      submissionsOpenOn: campaigns.submissionsOpenOn,
      submissionsCloseOn: campaigns.submissionsCloseOn,
      acceptingNominations: campaigns.acceptingNominations,
      nominations: nominationCount,
      approved: approvedCount,
    })
    .from(campaigns)
    .leftJoin(nominations, eq(nominations.campaignId, campaigns.id))
    .groupBy(campaigns.id)
    .orderBy(desc(campaigns.startYear), desc(campaigns.id));
}

export type CampaignListRow = Awaited<ReturnType<typeof listCampaignsForAdmin>>[number];

export async function getCampaignForEdit(db: Executor, id: number) {
  const [row] = await db.select(editColumns).from(campaigns).where(eq(campaigns.id, id));
  return row ?? null;
}

export type CampaignForEdit = NonNullable<Awaited<ReturnType<typeof getCampaignForEdit>>>;

/** The row as it is now, held until the transaction ends so two edits cannot interleave. */
export async function lockCampaign(tx: Tx, id: number) {
  const [row] = await tx.select(editColumns).from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row ?? null;
}

export async function isCampaignSlugTaken(db: Executor, { slug, exceptId }: { slug: string; exceptId?: number }): Promise<boolean> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(exceptId == null ? eq(campaigns.slug, slug) : and(eq(campaigns.slug, slug), ne(campaigns.id, exceptId)))
    .limit(1);
  return Boolean(row);
}

export async function countPublishedExamples(db: Executor, campaignId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), inArray(nominations.status, PUBLISHED_STATUSES)));
  return row?.n ?? 0;
}

/** Nominations (any state) whose year would fall outside [startYear, endYear], counted per year. */
export async function countNominationsOutsideYears(
  db: Executor,
  { campaignId, startYear, endYear }: { campaignId: number; startYear: number; endYear: number },
) {
  return db
    .select({ year: nominations.year, n: count() })
    .from(nominations)
    .where(and(eq(nominations.campaignId, campaignId), or(lt(nominations.year, startYear), gt(nominations.year, endYear))))
    .groupBy(nominations.year)
    .orderBy(asc(nominations.year));
}

export async function insertCampaign(tx: Executor, values: CampaignValues): Promise<number> {
  const [row] = await tx.insert(campaigns).values(values).returning({ id: campaigns.id });
  if (!row) throw new Error('campaign insert returned no row');
  return row.id;
}

export async function updateCampaignRow(tx: Executor, id: number, values: CampaignValues): Promise<void> {
  await tx.update(campaigns).set(values).where(eq(campaigns.id, id));
}

/** Campaigns a unit may nominate into now. */
export async function listOpenCampaigns(db: Db) {
  return db
    .select({
      id: campaigns.id,
      shortName: campaigns.shortName,
      startYear: campaigns.startYear,
      endYear: campaigns.endYear,
      opensOn: campaigns.submissionsOpenOn,
      closesOn: campaigns.submissionsCloseOn,
    })
    .from(campaigns)
    .where(eq(campaigns.acceptingNominations, true))
    .orderBy(desc(campaigns.startYear));
}

export async function getCampaign(db: Db, id: number) {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  return row ?? null;
}

/** The public face of a campaign, by the slug its links and files carry; null when none has it. */
export async function getCampaignBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      name: campaigns.name,
      shortName: campaigns.shortName,
      startYear: campaigns.startYear,
      endYear: campaigns.endYear,
    })
    .from(campaigns)
    .where(eq(campaigns.slug, slug));
  return row ?? null;
}
