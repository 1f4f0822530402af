import 'server-only';
import type { Db } from '@/db/client';
import { listFiledFollowUps, listOverdueFollowUps, type OverdueExample } from '@/db/queries/follow-ups';
import type { SessionUser } from '@/lib/domain/actor';
import { FOLLOW_UP_OVERDUE_MONTHS } from '@/lib/domain/follow-ups';

/** The unit's approved examples flagged "chưa cập nhật" at `now`. */
export function overdueOfUnit(db: Db, unitId: number, now: Date): Promise<OverdueExample[]> {
  return listOverdueFollowUps(db, { now, months: FOLLOW_UP_OVERDUE_MONTHS, unitId });
}

/** A reviewer's (or an admin's) view: flagged examples in scope, and filed follow-ups to confirm. */
export async function followUpWorkOfReviewer(db: Db, user: SessionUser, now: Date) {
  const [overdue, filed] = await Promise.all([listOverdueFollowUps(db, { now, months: FOLLOW_UP_OVERDUE_MONTHS, user }), listFiledFollowUps(db, { user })]);
  return { overdue, filed };
}

export const OVERDUE_CSV_HEADER = [
  'dien_hinh',
  'don_vi',
  'phong_trao',
  'nam',
  'cong_nhan',
  'theo_doi_xac_nhan_gan_nhat',
  'co_bao_cao_cho_xac_nhan',
  'duong_dan',
] as const;
