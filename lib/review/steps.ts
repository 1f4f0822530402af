import 'server-only';
import type { ReviewSetup } from '@/db/queries/review-setup';
import { canReviewNomination, decisionRefusal, hasConflictOfInterest, isInReviewerScope, type NominationFacts } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { levelName, levelOfScope } from '@/lib/domain/review-levels';
import { allowedActions, type ReviewPosition } from '@/lib/domain/state-machine';
import { REFUSAL_MESSAGES } from './messages';
import type { ReviewAction } from './decisions';

const REVIEW_STEP_ORDER: readonly ReviewAction[] = ['forward', 'open_notice', 'approve', 'return_down', 'return', 'reject'];

export interface ReviewSteps {
  position: ReviewPosition;
  /** The steps this person may take now, in the order the form offers them. */
  actions: ReviewAction[];
  /** Why they may take none, when the dossier is under review. */
  refusal: string | null;
  isDecidingLevel: boolean;
  /** The person judges citizens' opinions (deciding level, in scope, not their own unit). */
  judgesObjections: boolean;
  /** The person may assign the dossier (an admin, or the lead of its level in scope). */
  assigns: boolean;
}

type Facts = NominationFacts & { reviewLevel: number | null };

/**
 * What the review page offers this person on this dossier. The server checks the same rules again in
 * lib/review/decisions.ts (through the transition applier); this only decides what to show.
 */
export function reviewSteps(actor: SessionUser, n: Facts, setup: ReviewSetup): ReviewSteps {
  const levelCount = Math.max(1, setup.levels.length);
  const position: ReviewPosition = { level: n.reviewLevel, levelCount, usesNotice: setup.usesNotice };
  const at = n.reviewLevel ?? 0;
  const isDecidingLevel = at === levelCount - 1;
  const mine = setup.levels.length ? levelOfScope(setup.levels, actor.scope) : at;
  const underReview = n.status === 'submitted' || n.status === 'in_notice';
  const inScope = canReviewNomination(actor, n) && !hasConflictOfInterest(actor, n);
  const atMyLevel = mine === at;
  let refusal: string | null = null;
  if (underReview) {
    const general = decisionRefusal(actor, n);
    if (general) refusal = REFUSAL_MESSAGES[general];
    else if (!atMyLevel)
      refusal = `Hồ sơ đang ở ${(levelName(setup.levels, at) ?? 'cấp khác').toLowerCase()}; bạn thẩm định ở ${(levelName(setup.levels, mine) ?? 'cấp khác').toLowerCase()}.`;
  }
  const possible = underReview && !refusal ? allowedActions(n.status, position) : [];
  return {
    position,
    actions: REVIEW_STEP_ORDER.filter((a) => possible.includes(a)),
    refusal,
    isDecidingLevel,
    judgesObjections: inScope && actor.role === 'reviewer' && atMyLevel && isDecidingLevel,
    assigns:
      underReview && (actor.role === 'admin' || (actor.reviewLead === true && isInReviewerScope(actor, n) && atMyLevel && !hasConflictOfInterest(actor, n))),
  };
}
