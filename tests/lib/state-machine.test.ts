import { describe, expect, it } from 'vitest';
import { NOMINATION_STATUSES, type NominationStatus } from '@/lib/domain/vocabulary';
import { NOMINATION_ACTIONS, allowedActions, transition, type NominationAction } from '@/lib/domain/state-machine';

// DESIGN §3, written out independently of the implementation's table.
const EXPECTED: Partial<Record<`${NominationStatus}:${NominationAction}`, NominationStatus>> = {
  'draft:submit': 'submitted',
  'returned:submit': 'submitted',
  'submitted:withdraw': 'draft',
  'submitted:approve': 'approved',
  'submitted:return': 'returned',
  'submitted:reject': 'rejected',
  'approved:unpublish': 'unpublished',
  'unpublished:republish': 'approved',
};

describe('nomination state machine', () => {
  for (const from of NOMINATION_STATUSES) {
    for (const action of NOMINATION_ACTIONS) {
      const expected = EXPECTED[`${from}:${action}`];
      it(`${from} × ${action} → ${expected ?? 'refused'}`, () => {
        const result = transition(from, action, 'lý do cụ thể');
        if (expected) expect(result).toEqual({ ok: true, to: expected });
        else expect(result).toMatchObject({ ok: false, code: 'invalid_transition' });
      });
    }
  }

  it.each(['return', 'reject', 'unpublish', 'republish'] as const)('%s requires a reason', (action) => {
    const from = action === 'unpublish' ? 'approved' : action === 'republish' ? 'unpublished' : 'submitted';
    expect(transition(from, action, '   ')).toMatchObject({ ok: false, code: 'comment_required' });
    expect(transition(from, action)).toMatchObject({ ok: false, code: 'comment_required' });
  });

  it('lists the allowed actions of a state', () => {
    expect(allowedActions('submitted').sort()).toEqual(['approve', 'reject', 'return', 'withdraw']);
    expect(allowedActions('rejected')).toEqual([]);
  });
});
