import { describe, expect, it } from 'vitest';
import { NOMINATION_STATUSES, type NominationStatus } from '@/lib/domain/vocabulary';
import { NOMINATION_ACTIONS, allowedActions, transition, SINGLE_LEVEL, type NominationAction, type ReviewPosition } from '@/lib/domain/state-machine';

// DESIGN §3 with one deciding level and no notice (the process before levels), written out
// independently of the implementation's table.
const ONE_LEVEL: Partial<Record<`${NominationStatus}:${NominationAction}`, NominationStatus>> = {
  'draft:submit': 'submitted',
  'returned:submit': 'submitted',
  'submitted:withdraw': 'draft',
  'submitted:approve': 'approved',
  'submitted:return': 'returned',
  'submitted:reject': 'rejected',
  // A dossier in notice (only reached where a campaign has one) leaves it the same ways.
  'in_notice:approve': 'approved',
  'in_notice:return': 'returned',
  'in_notice:reject': 'rejected',
  'approved:unpublish': 'unpublished',
  'approved:propose_update': 'approved',
  'approved:withdraw_update': 'approved',
  'approved:approve_update': 'approved',
  'approved:reject_update': 'approved',
  'unpublished:republish': 'approved',
  'approved:file_follow_up': 'approved',
  'approved:confirm_follow_up': 'approved',
};

describe('nomination state machine, one deciding level', () => {
  for (const from of NOMINATION_STATUSES) {
    for (const action of NOMINATION_ACTIONS) {
      const expected = ONE_LEVEL[`${from}:${action}`];
      it(`${from} × ${action} → ${expected ?? 'refused'}`, () => {
        const result = transition(from, action, 'lý do cụ thể');
        if (expected) expect(result).toMatchObject({ ok: true, to: expected });
        else expect(result).toMatchObject({ ok: false, code: 'invalid_transition' });
      });
    }
  }

  it.each(['return', 'reject', 'unpublish', 'republish', 'reject_update'] as const)('%s requires a reason', (action) => {
    const from = action === 'unpublish' || action === 'reject_update' ? 'approved' : action === 'republish' ? 'unpublished' : 'submitted';
    expect(transition(from, action, '   ')).toMatchObject({ ok: false, code: 'comment_required' });
    expect(transition(from, action)).toMatchObject({ ok: false, code: 'comment_required' });
  });

  it('lists the allowed actions of a state', () => {
    expect(allowedActions('submitted').sort()).toEqual(['approve', 'reject', 'return', 'withdraw']);
    expect(allowedActions('rejected')).toEqual([]);
    expect(SINGLE_LEVEL).toEqual({ level: 0, levelCount: 1, usesNotice: false });
  });
});

// xã → huyện with public notice at the deciding level: every (state, level) pair and where each action takes it.
const TWO_LEVELS = (level: number | null): ReviewPosition => ({ level, levelCount: 2, usesNotice: true });
type Place = `${NominationStatus}@${number | 'none'}`;
const EXPECTED: Record<string, Place> = {
  'draft@none:submit': 'submitted@0',
  'returned@none:submit': 'submitted@0',
  'submitted@0:withdraw': 'draft@none',
  'submitted@0:forward': 'submitted@1',
  'submitted@0:return': 'returned@none',
  'submitted@0:reject': 'rejected@0',
  'submitted@1:return_down': 'submitted@0',
  'submitted@1:open_notice': 'in_notice@1',
  'submitted@1:return': 'returned@none',
  'submitted@1:reject': 'rejected@1',
  'in_notice@1:approve': 'approved@1',
  'in_notice@1:return_down': 'submitted@0',
  'in_notice@1:return': 'returned@none',
  'in_notice@1:reject': 'rejected@1',
  'approved@1:unpublish': 'unpublished@1',
  'approved@1:propose_update': 'approved@1',
  'approved@1:withdraw_update': 'approved@1',
  'approved@1:approve_update': 'approved@1',
  'approved@1:reject_update': 'approved@1',
  'unpublished@1:republish': 'approved@1',
  'approved@1:file_follow_up': 'approved@1',
  'approved@1:confirm_follow_up': 'approved@1',
};

describe('nomination state machine, two levels with public notice', () => {
  const places: [NominationStatus, number | null][] = [
    ['draft', null],
    ['returned', null],
    ['submitted', 0],
    ['submitted', 1],
    ['in_notice', 1],
    ['approved', 1],
    ['unpublished', 1],
    ['rejected', 1],
  ];
  for (const [status, level] of places) {
    for (const action of NOMINATION_ACTIONS) {
      const key = `${status}@${level ?? 'none'}:${action}`;
      const expected = EXPECTED[key];
      it(`${key} → ${expected ?? 'refused'}`, () => {
        const result = transition(status, action, 'ý kiến cụ thể', TWO_LEVELS(level));
        if (!expected) return void expect(result).toMatchObject({ ok: false, code: 'invalid_transition' });
        const [to, at] = expected.split('@');
        expect(result).toEqual({ ok: true, to, level: at === 'none' ? null : Number(at) });
      });
    }
  }

  it('approval straight from the deciding level needs a campaign without notice', () => {
    expect(transition('submitted', 'approve', null, TWO_LEVELS(1))).toMatchObject({ ok: false });
    expect(transition('submitted', 'approve', null, { level: 1, levelCount: 2, usesNotice: false })).toEqual({ ok: true, to: 'approved', level: 1 });
    expect(transition('submitted', 'open_notice', null, { level: 1, levelCount: 2, usesNotice: false })).toMatchObject({ ok: false });
  });

  it('forwarding needs a recommendation, returning down a reason', () => {
    expect(transition('submitted', 'forward', ' ', TWO_LEVELS(0))).toMatchObject({ ok: false, code: 'comment_required', message: /đề nghị/ });
    expect(transition('submitted', 'return_down', '', TWO_LEVELS(1))).toMatchObject({ ok: false, code: 'comment_required' });
  });
});
