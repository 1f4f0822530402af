import { asc, count, eq, and, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { campaigns, nominations, units } from '../schema';
import { cardColumns, toCards, type ExampleCard } from './examples';

/** A dossier in public notice, as anyone may see it: the public fields of an example, and the window. */
export type NoticeItem = Omit<ExampleCard, 'approvedAt' | 'cover'> & { noticeStartsAt: Date; noticeEndsAt: Date };
export type NoticeDetail = NoticeItem & { story: string };

const noticeColumns = { ...cardColumns, story: nominations.story, noticeStartsAt: nominations.noticeStartsAt, noticeEndsAt: nominations.noticeEndsAt };

function inNotice(campaignId?: number): SQL | undefined {
  return and(eq(nominations.status, 'in_notice'), campaignId === undefined ? undefined : eq(nominations.campaignId, campaignId));
}

async function toNoticeItems(db: Db, rows: Awaited<ReturnType<typeof selectNotices>>) {
  // Photos are left out: /files serves the photos of published examples only.
  const cards = await toCards(
    db,
    rows.map((r) => ({ ...r, cover: null })),
  );
  return cards.map(({ approvedAt: _approvedAt, cover: _cover, ...card }, i) => ({
    ...card,
    story: rows[i]!.story,
    noticeStartsAt: new Date(rows[i]!.noticeStartsAt!),
    noticeEndsAt: new Date(rows[i]!.noticeEndsAt!),
  }));
}

function selectNotices(db: Db, where: SQL | undefined) {
  return db
    .select(noticeColumns)
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(where)
    .orderBy(asc(nominations.noticeEndsAt), asc(nominations.id));
}

/** Dossiers in public notice, the soonest to close first. */
export async function listNotices(db: Db, { campaignId, limit, offset }: { campaignId?: number; limit: number; offset: number }) {
  const where = inNotice(campaignId);
  const [rows, [total]] = await Promise.all([selectNotices(db, where).limit(limit).offset(offset), db.select({ n: count() }).from(nominations).where(where)]);
  const items: NoticeDetail[] = await toNoticeItems(db, rows);
  return { items, total: total?.n ?? 0 };
}

/** One dossier in public notice, or null when it is not (or no longer) in notice. */
export async function getNotice(db: Db, { id }: { id: string }): Promise<NoticeDetail | null> {
  const rows = await selectNotices(db, and(inNotice(), eq(nominations.id, id)));
  const [item] = await toNoticeItems(db, rows);
  return item ?? null;
}

export async function findCampaignIdBySlug(db: Db, { slug }: { slug: string }): Promise<number | null> {
  const [row] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, slug));
  return row?.id ?? null;
}
