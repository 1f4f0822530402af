import type { AdminTree, NominationStatus } from '@/lib/domain/vocabulary';
import type { SessionUser } from '../domain/actor';

/**
 * Every "may this person do this?" decision (DESIGN §2), one function each. Pages, server actions and
 * route handlers call these; nothing else decides. Everything not granted here is denied.
 */

/** What a permission decision needs to know about a nomination; the columns are on every row. */
export interface NominationFacts {
  unitId: number;
  status: NominationStatus;
  communeTree: AdminTree;
  communeCode: string;
  /** The new-tree communes an old-tree commune became part of (a derived column). */
  currentCommuneCodes: string[];
  districtCode: string | null;
  provinceCodeOld: string | null;
  provinceCodeNew: string | null;
}

type MaybeUser = SessionUser | null | undefined;

const EDITABLE: readonly NominationStatus[] = ['draft', 'returned'];
/** States a reviewer or admin may see: a draft belongs to its unit until it is submitted. */
const REVIEWABLE: readonly NominationStatus[] = ['submitted', 'in_notice', 'returned', 'approved', 'rejected', 'unpublished'];

export function isAdmin(user: MaybeUser): user is SessionUser {
  return user?.role === 'admin';
}

export function isReviewer(user: MaybeUser): user is SessionUser {
  return user?.role === 'reviewer';
}

export function isUnitMember(user: MaybeUser): user is SessionUser & { unitId: number } {
  return user?.role === 'unit_member' && user.unitId != null;
}

/**
 * Scope codes follow the national coding: 2 digits a province, 3 a district (old tree only), 5 a
 * commune. A new-tree commune also holds what was recorded under the old communes it took in.
 */
export function isInReviewerScope(user: MaybeUser, n: NominationFacts): boolean {
  if (!isReviewer(user) || !user.scope) return false;
  const { tree, code } = user.scope;
  if (code.length === 5) {
    if (tree === '2024') return n.communeTree === '2024' && n.communeCode === code;
    return (n.communeTree === '2025' && n.communeCode === code) || n.currentCommuneCodes.includes(code);
  }
  if (tree === '2025') return n.provinceCodeNew === code;
  return code.length === 3 ? n.districtCode === code : n.provinceCodeOld === code;
}

function ownUnit(user: MaybeUser, n: NominationFacts): boolean {
  return isUnitMember(user) && user.unitId === n.unitId;
}

export function canUseUnitWorkspace(user: MaybeUser): boolean {
  return isUnitMember(user);
}

export function canCreateNomination(user: MaybeUser): boolean {
  return isUnitMember(user);
}

export function canViewUnitNomination(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n);
}

export function canEditNomination(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n) && EDITABLE.includes(n.status);
}

export function canSubmitNomination(user: MaybeUser, n: NominationFacts): boolean {
  return canEditNomination(user, n);
}

export function canWithdrawNomination(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n) && n.status === 'submitted';
}

export function canUseReviewQueue(user: MaybeUser): boolean {
  return isReviewer(user) || isAdmin(user);
}

/** Private fields and documents included. */
export function canReviewNomination(user: MaybeUser, n: NominationFacts): boolean {
  if (!REVIEWABLE.includes(n.status)) return false;
  return isAdmin(user) || isInReviewerScope(user, n);
}

export type DecisionRefusal = 'not_reviewer' | 'out_of_scope' | 'own_unit' | null;

/** Why a reviewer may not decide (shown on the review page), or null when they may. */
export function decisionRefusal(user: MaybeUser, n: NominationFacts): DecisionRefusal {
  if (!isReviewer(user)) return 'not_reviewer';
  if (!isInReviewerScope(user, n)) return 'out_of_scope';
  if (hasConflictOfInterest(user, n)) return 'own_unit';
  return null;
}

export function canDecideNomination(user: MaybeUser, n: NominationFacts): boolean {
  return (n.status === 'submitted' || n.status === 'in_notice') && decisionRefusal(user, n) === null;
}

/**
 * Conflict of interest: a reviewer (or an admin) who belongs to the nominating unit takes no part in
 * the review side of its nomination: no decision, note, commendation, nor reading the reviewers' notes.
 */
export function hasConflictOfInterest(user: MaybeUser, n: Pick<NominationFacts, 'unitId'>): boolean {
  return !isUnitMember(user) && user?.unitId != null && user.unitId === n.unitId;
}

export function canRecordCommendation(user: MaybeUser, n: NominationFacts): boolean {
  if (n.status !== 'approved' || hasConflictOfInterest(user, n)) return false;
  return isAdmin(user) || isInReviewerScope(user, n);
}

/** The printed annex of a commendation, with its verify QR code, to staple to the paper certificate. */
export function canPrintCommendationAnnex(user: MaybeUser): boolean {
  return isAdmin(user);
}

/** Reviewers' private notes: read and written by reviewers in scope and admins, never by the nominating unit's own people. */
export function canReadReviewNotes(user: MaybeUser, n: NominationFacts): boolean {
  return canReviewNomination(user, n) && !hasConflictOfInterest(user, n);
}

export function canWriteReviewNote(user: MaybeUser, n: NominationFacts): boolean {
  return canReadReviewNotes(user, n);
}

/** Support received (bồi dưỡng): recorded and removed by the nominating unit and reviewers in scope, on a published example. */
export function canRecordSupport(user: MaybeUser, n: NominationFacts): boolean {
  if (n.status !== 'approved') return false;
  return ownUnit(user, n) || (isInReviewerScope(user, n) && !hasConflictOfInterest(user, n));
}

/** Requests to learn from an example, with the requesters' private contacts. */
export function canReadReplicationRequests(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n) || isAdmin(user) || isInReviewerScope(user, n);
}

/** The owning unit follows a request up and moves its status; reviewers and admins only read. */
export function canMoveReplicationRequest(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n);
}

/**
 * Reader comments are moderated by admins and reviewers whose scope holds the example, never by people of
 * the nominating unit: they would be judging what readers say about their own work.
 */
export function canModerateComments(user: MaybeUser, n: NominationFacts): boolean {
  if (hasConflictOfInterest(user, n)) return false;
  return isAdmin(user) || isInReviewerScope(user, n);
}

/** The nominating unit corrects its own published example; a reviewer of the deciding level approves it. */
export function canProposeUpdate(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n) && n.status === 'approved';
}

/** In scope and not of the nominating unit; the level (the deciding one) is checked with the campaign's setup. */
export function canDecideUpdate(user: MaybeUser, n: NominationFacts): boolean {
  if (n.status !== 'approved' || hasConflictOfInterest(user, n)) return false;
  return isAdmin(user) || isInReviewerScope(user, n);
}

export function canUnpublish(user: MaybeUser): boolean {
  return isAdmin(user);
}

export function canManageCampaigns(user: MaybeUser): boolean {
  return isAdmin(user);
}

export function canManageUnits(user: MaybeUser): boolean {
  return isAdmin(user);
}

export function canManageUsers(user: MaybeUser): boolean {
  return isAdmin(user);
}

export function canManageAdminUnits(user: MaybeUser): boolean {
  return isAdmin(user);
}

export function canReadAuditLog(user: MaybeUser): boolean {
  return isAdmin(user);
}

/** The outbox holds people's mail (and set-up links until they are sent): admins only. */
export function canReadMailOutbox(user: MaybeUser): boolean {
  return isAdmin(user);
}

/** Where each role's work is: the page they land on after signing in. */
export function homePathFor(user: Pick<SessionUser, 'role'>): string {
  if (user.role === 'admin') return '/admin';
  if (user.role === 'reviewer') return '/review';
  return '/nominations';
}

/** The yearly follow-up of an approved example is filed by its own unit. */
export function canFileFollowUp(user: MaybeUser, n: NominationFacts): boolean {
  return ownUnit(user, n) && n.status === 'approved';
}

/** …and confirmed by a reviewer in scope who is not of that unit. */
export function canConfirmFollowUp(user: MaybeUser, n: NominationFacts): boolean {
  return n.status === 'approved' && decisionRefusal(user, n) === null;
}
