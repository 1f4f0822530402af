import 'server-only';
import type { Db } from '@/db/client';
import { countNominationPhotos } from '@/db/queries/attachments';
import { applyTransition, type Prepared, type Refusal, type TransitionContext } from '@/db/queries/nomination-transition';
import { canViewUnitNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { draftConflict, NOT_FOUND, type DraftResult } from './drafts';
import { submissionProblems, type NominationDraft } from './schema';

type Move = 'submit' | 'withdraw';
export type MoveResult = DraftResult & { problems?: { field: string; message: string }[] };

/** The last check before a submission: everything the reviewers need is there. */
async function completeness({ row }: TransitionContext, db: Parameters<typeof countNominationPhotos>[0]): Promise<Refusal | Prepared> {
  const photos = await countNominationPhotos(db, { nominationId: row.id });
  // Empty texts are stored as '' but mean "not given" to the final check.
  const asDraft = { ...row, nomineeName: row.nomineeName || null } as unknown as NominationDraft;
  const problems = submissionProblems(asDraft, photos);
  if (!problems.length) return {};
  return {
    code: 'incomplete',
    message: `Hồ sơ còn thiếu ${problems.length} mục, cần bổ sung trước khi gửi thẩm định.`,
    problems,
    fieldErrors: Object.fromEntries(problems.map((p) => [p.field, p.message])),
  };
}

/** Submit or withdraw through the transition applier: only the unit's own nomination, only from the version it saw. */
export async function moveNomination(
  db: Db,
  actor: SessionUser,
  { id, action, expectedVersion }: { id: string; action: Move; expectedVersion: number },
): Promise<MoveResult> {
  const outcome = await applyTransition(db, {
    nominationId: id,
    action,
    actorId: actor.id,
    expectedVersion,
    visible: (row) => canViewUnitNomination(actor, row),
    prepare: action === 'submit' ? completeness : undefined,
  });
  if (outcome.status === 'ok') return { ok: true, id, version: outcome.version, savedAt: outcome.updatedAt.toISOString() };
  if (outcome.status === 'conflict') return draftConflict(outcome.current, outcome.current.updatedByName);
  const { refusal } = outcome;
  if (refusal.code === 'not_found') return { ok: false, message: NOT_FOUND, notFound: true };
  return { ok: false, message: refusal.message, fieldErrors: refusal.fieldErrors, problems: refusal.problems };
}
