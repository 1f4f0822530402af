import { canDecideUpdate, hasConflictOfInterest, type NominationFacts } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { levelOfScope, type ReviewLevel } from '@/lib/domain/review-levels';
import { REFUSAL_MESSAGES } from '@/lib/review/messages';
import { UPDATE_MESSAGES } from './update-schema';

/**
 * Why this person may not decide on an update of this example, or null. Approving an update is a
 * decision of the campaign's deciding level (its last), like the approval itself; admins too.
 */
export function updateDecisionRefusal(actor: SessionUser, n: NominationFacts, levels: readonly ReviewLevel[]): string | null {
  if (!canDecideUpdate(actor, n)) {
    if (hasConflictOfInterest(actor, n)) return REFUSAL_MESSAGES.own_unit;
    return n.status === 'approved' ? REFUSAL_MESSAGES.out_of_scope : UPDATE_MESSAGES.notPublished;
  }
  if (actor.role === 'admin' || levels.length === 0) return null;
  return levelOfScope(levels, actor.scope) === levels.length - 1 ? null : UPDATE_MESSAGES.notDecidingLevel;
}
