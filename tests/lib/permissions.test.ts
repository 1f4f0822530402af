import { describe, expect, it } from 'vitest';
import * as can from '@/lib/auth/permissions';
import type { NominationFacts } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';

const UNIT_A = 1;
const UNIT_B = 2;
const REVIEW_UNIT = 3;

const person = (over: Partial<SessionUser>): SessionUser => ({
  id: 'u',
  name: 'n',
  email: 'e@x.vn',
  role: 'unit_member',
  unitId: null,
  unitName: null,
  scope: null,
  ...over,
});

const PEOPLE = {
  anonymous: null,
  memberA: person({ role: 'unit_member', unitId: UNIT_A }),
  memberB: person({ role: 'unit_member', unitId: UNIT_B }),
  reviewerIn: person({ role: 'reviewer', unitId: REVIEW_UNIT, scope: { tree: '2024', code: '691' } }),
  reviewerOut: person({ role: 'reviewer', unitId: REVIEW_UNIT, scope: { tree: '2024', code: '689' } }),
  admin: person({ role: 'admin' }),
} as const;
type Who = keyof typeof PEOPLE;

/** A nomination of unit A in Bù Gia Mập (691), Bình Phước (70), now Đồng Nai (75). */
const nomination = (status: NominationStatus, unitId = UNIT_A): NominationFacts => ({
  unitId,
  status,
  communeTree: '2024',
  communeCode: '25267',
  currentCommuneCodes: ['25267'],
  districtCode: '691',
  provinceCodeOld: '70',
  provinceCodeNew: '75',
});

function allowed(check: (user: SessionUser | null) => boolean): Who[] {
  return (Object.keys(PEOPLE) as Who[]).filter((who) => check(PEOPLE[who]));
}

describe('DESIGN §2, decision by decision', () => {
  it('only unit members work on their own unit’s drafts and returned nominations', () => {
    expect(allowed((u) => can.canCreateNomination(u))).toEqual(['memberA', 'memberB']);
    for (const status of ['draft', 'returned'] as const) expect(allowed((u) => can.canEditNomination(u, nomination(status)))).toEqual(['memberA']);
    for (const status of ['submitted', 'approved', 'rejected', 'unpublished'] as const)
      expect(allowed((u) => can.canEditNomination(u, nomination(status)))).toEqual([]);
    expect(allowed((u) => can.canSubmitNomination(u, nomination('returned')))).toEqual(['memberA']);
    expect(allowed((u) => can.canWithdrawNomination(u, nomination('submitted')))).toEqual(['memberA']);
    expect(allowed((u) => can.canViewUnitNomination(u, nomination('rejected')))).toEqual(['memberA']);
  });

  it('reviewers in scope and admins see submitted nominations; nobody but the unit sees a draft', () => {
    expect(allowed((u) => can.canReviewNomination(u, nomination('submitted')))).toEqual(['reviewerIn', 'admin']);
    expect(allowed((u) => can.canReviewNomination(u, nomination('draft')))).toEqual([]);
    expect(allowed((u) => can.canUseReviewQueue(u))).toEqual(['reviewerIn', 'reviewerOut', 'admin']);
  });

  it('only a reviewer in scope decides, never on their own unit’s nomination', () => {
    expect(allowed((u) => can.canDecideNomination(u, nomination('submitted')))).toEqual(['reviewerIn']);
    expect(allowed((u) => can.canDecideNomination(u, nomination('draft')))).toEqual([]);
    expect(can.decisionRefusal(PEOPLE.reviewerIn, nomination('submitted', REVIEW_UNIT))).toBe('own_unit');
    expect(can.decisionRefusal(PEOPLE.reviewerOut, nomination('submitted'))).toBe('out_of_scope');
    expect(can.decisionRefusal(PEOPLE.admin, nomination('submitted'))).toBe('not_reviewer');
  });

  it('commendations by reviewers in scope and admins, on approved examples only', () => {
    expect(allowed((u) => can.canRecordCommendation(u, nomination('approved')))).toEqual(['reviewerIn', 'admin']);
    expect(allowed((u) => can.canRecordCommendation(u, nomination('submitted')))).toEqual([]);
    expect(allowed((u) => can.canPrintCommendationAnnex(u))).toEqual(['admin']);
  });

  it('support received: the nominating unit and reviewers in scope, on approved examples only', () => {
    expect(allowed((u) => can.canRecordSupport(u, nomination('approved')))).toEqual(['memberA', 'reviewerIn']);
    for (const status of ['submitted', 'unpublished', 'draft'] as const) expect(allowed((u) => can.canRecordSupport(u, nomination(status)))).toEqual([]);
    expect(allowed((u) => can.canRecordSupport(u, nomination('approved', REVIEW_UNIT)))).toEqual([]);
  });

  it('requests to learn: contacts for the owning unit, reviewers in scope and admins; only the unit moves them', () => {
    for (const status of ['approved', 'unpublished'] as const) {
      expect(allowed((u) => can.canReadReplicationRequests(u, nomination(status)))).toEqual(['memberA', 'reviewerIn', 'admin']);
      expect(allowed((u) => can.canMoveReplicationRequest(u, nomination(status)))).toEqual(['memberA']);
    }
  });

  it('reader comments: moderated by reviewers in scope and admins, never by the nominating unit’s people', () => {
    expect(allowed((u) => can.canModerateComments(u, nomination('approved')))).toEqual(['reviewerIn', 'admin']);
    expect(allowed((u) => can.canModerateComments(u, nomination('approved', REVIEW_UNIT)))).toEqual(['admin']);
  });

  it('updates of an approved example: proposed by its unit, decided by reviewers in scope and admins', () => {
    expect(allowed((u) => can.canProposeUpdate(u, nomination('approved')))).toEqual(['memberA']);
    expect(allowed((u) => can.canProposeUpdate(u, nomination('submitted')))).toEqual([]);
    expect(allowed((u) => can.canDecideUpdate(u, nomination('approved')))).toEqual(['reviewerIn', 'admin']);
    expect(allowed((u) => can.canDecideUpdate(u, nomination('unpublished')))).toEqual([]);
    expect(can.canDecideUpdate(PEOPLE.reviewerIn, nomination('approved', REVIEW_UNIT))).toBe(false);
  });

  it('unpublishing and all administration are the admin’s alone', () => {
    for (const check of [can.canUnpublish, can.canManageCampaigns, can.canManageUnits, can.canManageUsers, can.canManageAdminUnits, can.canReadAuditLog]) {
      expect(allowed((u) => check(u))).toEqual(['admin']);
    }
  });

  it('reads scopes by level and tree: province (old or new) and district', () => {
    const facts = nomination('submitted');
    const reviewer = (tree: '2024' | '2025', code: string) => person({ role: 'reviewer', unitId: REVIEW_UNIT, scope: { tree, code } });
    expect(can.isInReviewerScope(reviewer('2024', '70'), facts)).toBe(true);
    expect(can.isInReviewerScope(reviewer('2025', '75'), facts)).toBe(true);
    expect(can.isInReviewerScope(reviewer('2024', '75'), facts)).toBe(false);
    expect(can.isInReviewerScope(reviewer('2025', '70'), facts)).toBe(false);
    expect(can.isInReviewerScope(person({ role: 'reviewer', scope: null }), facts)).toBe(false);
  });

  it('sends each role to its work after login', () => {
    expect(can.homePathFor(PEOPLE.memberA)).toBe('/nominations');
    expect(can.homePathFor(PEOPLE.reviewerIn)).toBe('/review');
    expect(can.homePathFor(PEOPLE.admin)).toBe('/admin');
  });
});
