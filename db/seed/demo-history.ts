import { noticeWindow } from '@/lib/domain/working-days';
import { DEFAULT_CRITERIA } from '@/lib/domain/review-levels';
import { transition, type ReviewPosition } from '@/lib/domain/state-machine';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { saveScores } from '../queries/scores';
import { nominationEvents, noticeObjections } from '../schema';
import type { ReviewSetup } from '../queries/review-setup';
import type { DemoActor, DemoEvent, DemoNomination } from './demo-types';

const DAY = 86_400_000;
const RECOMMENDATION = 'Hội đồng thi đua cấp xã đã xác minh tại cơ sở: số liệu đúng, mô hình có hiệu quả. Đề nghị cấp trên xem xét công nhận.';

export type DemoActors = Record<DemoActor, string | null>;

export interface ReplayedHistory {
  status: NominationStatus;
  level: number | null;
  version: number;
  at: Date;
  stamps: Partial<Record<'submittedAt' | 'decidedAt' | 'approvedAt', Date>>;
  notice: { startsAt: Date; endsAt: Date } | null;
}

/**
 * The demo's events as the campaign's process makes them: a deciding reviewer's step on a dossier still at
 * the first level comes after the commune reviewer's forward, and an approval after a public notice.
 */
function expand(events: readonly DemoEvent[], setup: ReviewSetup): DemoEvent[] {
  const out: DemoEvent[] = [];
  const last = setup.levels.length - 1;
  for (const event of events) {
    const before = follow(out, setup);
    const decides = event.actor === 'reviewer' && ['approve', 'return', 'reject'].includes(event.action);
    if (decides && before.status === 'submitted' && before.level === 0 && last > 0)
      out.push({ actor: 'commune_reviewer', action: 'forward', comment: RECOMMENDATION });
    if (event.action === 'approve' && follow(out, setup).status === 'submitted' && setup.usesNotice) out.push({ actor: event.actor, action: 'open_notice' });
    out.push(event);
  }
  return out;
}

function follow(events: readonly DemoEvent[], setup: ReviewSetup): { level: number | null; status: NominationStatus } {
  let status: NominationStatus = 'draft';
  let level: number | null = null;
  for (const e of events) {
    const moved = transition(status, e.action, e.comment ?? 'x', position(setup, level));
    if (!moved.ok) return { status, level };
    status = moved.to;
    level = moved.level;
  }
  return { status, level };
}

function position(setup: ReviewSetup, level: number | null): ReviewPosition {
  return { level, levelCount: Math.max(1, setup.levels.length), usesNotice: setup.usesNotice };
}

/** Scores the demo's reviewers gave: good dossiers, not all perfect. */
function scoresFor(seed: number) {
  return DEFAULT_CRITERIA.map((c, i) => ({ criterionKey: c.key, score: 3 + ((seed + i) % 3), note: i === 0 ? 'Đã xác minh tại thôn.' : '' }));
}

/**
 * Replays a demo dossier's history through the state machine, so demo data obeys the same rules as real
 * data: one history row per step with its level, the scores of each forward and notice, the notice window
 * and its opinions. A dossier that ends in notice opened it three days before `now`, so it is open today.
 */
export async function replayDemoHistory(
  db: Db,
  {
    id,
    demo,
    createdAt,
    actors,
    setup,
    now,
    seed,
  }: { id: string; demo: DemoNomination; createdAt: Date; actors: DemoActors; setup: ReviewSetup; now: Date; seed: number },
): Promise<ReplayedHistory> {
  const events = expand(demo.events, setup);
  let status: NominationStatus = 'draft';
  let level: number | null = null;
  let at = createdAt;
  let notice: ReplayedHistory['notice'] = null;
  const stamps: ReplayedHistory['stamps'] = {};
  for (const [i, event] of events.entries()) {
    at = new Date(at.getTime() + 18 * DAY);
    const opensCurrentNotice = event.action === 'open_notice' && i === events.length - 1;
    if (opensCurrentNotice) at = new Date(now.getTime() - 3 * DAY);
    if (event.action === 'approve' && notice && at <= notice.endsAt) at = new Date(notice.endsAt.getTime() + DAY);
    const moved = transition(status, event.action, event.comment ?? null, position(setup, level));
    if (!moved.ok) throw new Error(`Demo ${demo.key}: ${event.action} from ${status}: ${moved.message}`);
    let detail: Record<string, unknown> = moved.level !== level ? { toLevel: moved.level } : {};
    if (event.action === 'open_notice') {
      const window = noticeWindow({ startsAt: at, workingDays: setup.noticeWorkingDays });
      notice = { startsAt: at, endsAt: window.endsAt };
      detail = { ...detail, notice: { from: at.toISOString(), to: window.endsAt.toISOString() } };
    } else if (status === 'in_notice' && notice) {
      const judged = (demo.objections ?? []).filter((o) => o.judged);
      detail = {
        ...detail,
        notice: {
          from: notice.startsAt.toISOString(),
          to: notice.endsAt.toISOString(),
          opinions: demo.objections?.length ?? 0,
          founded: judged.filter((o) => o.judged?.status === 'founded').length,
        },
      };
    }
    const actorId = event.action === 'unpublish' ? actors.admin : actors[event.actor];
    await db.insert(nominationEvents).values({
      nominationId: id,
      actorId,
      action: event.action,
      fromStatus: status,
      toStatus: moved.to,
      comment: event.comment ?? null,
      reviewLevel: level ?? moved.level,
      detail,
      createdAt: at,
    });
    const scored = status === 'submitted' && ['forward', 'open_notice', 'approve'].includes(event.action);
    if (scored && actorId) {
      await saveScores(db, { nominationId: id, reviewLevel: level ?? 0, reviewerId: actorId, scores: scoresFor(seed + i) });
    }
    if (event.action === 'submit') stamps.submittedAt = at;
    if (['approve', 'return', 'reject'].includes(event.action)) stamps.decidedAt = at;
    if (event.action === 'approve') stamps.approvedAt = at;
    status = moved.to;
    level = moved.level;
  }
  if (status !== demo.status) throw new Error(`Demo ${demo.key}: history ends in ${status}, not ${demo.status}`);
  if (status === 'in_notice' && notice) await insertObjections(db, { id, demo, notice, judgeId: actors.reviewer });
  return { status, level, version: 1 + events.length, at, stamps, notice: status === 'in_notice' || status === 'approved' ? notice : null };
}

async function insertObjections(
  db: Db,
  { id, demo, notice, judgeId }: { id: string; demo: DemoNomination; notice: { startsAt: Date }; judgeId: string | null },
) {
  for (const [i, o] of (demo.objections ?? []).entries()) {
    const createdAt = new Date(notice.startsAt.getTime() + (i + 1) * 5 * 3_600_000);
    await db.insert(noticeObjections).values({
      nominationId: id,
      authorName: o.authorName,
      contact: o.contact,
      content: o.content,
      createdAt,
      ...(o.judged ? { status: o.judged.status, handlingNote: o.judged.note, handledBy: judgeId, handledAt: new Date(createdAt.getTime() + DAY) } : {}),
    });
  }
}
