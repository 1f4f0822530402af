import 'server-only';
import type { Db } from '@/db/client';
import { listFollowUps } from '@/db/queries/follow-ups';
import type { NominationRecord } from '@/db/queries/nomination-transition';
import { canConfirmFollowUp, canFileFollowUp } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { todayInVietnam } from '@/lib/domain/dates';
import { isFollowUpOverdue, lastHeardOf } from '@/lib/domain/follow-ups';

/** What the workspace's follow-up section shows this person about this example, or null before approval. */
export async function followUpPanelProps(db: Db, user: SessionUser, n: NominationRecord, now: Date) {
  if (n.status !== 'approved' && n.status !== 'unpublished') return null;
  const items = await listFollowUps(db, { nominationId: n.id });
  const lastHeard = lastHeardOf(
    n.approvedAt,
    items.filter((f) => f.state === 'confirmed').map((f) => f.confirmedAt),
  );
  return {
    nominationId: n.id,
    version: n.version,
    items,
    lastHeard,
    overdue: n.status === 'approved' && isFollowUpOverdue(lastHeard, now),
    canFile: canFileFollowUp(user, n),
    canConfirm: canConfirmFollowUp(user, n),
    defaultYear: Number(todayInVietnam(now).slice(0, 4)),
    householdsEscaped: n.householdsEscaped,
  };
}
