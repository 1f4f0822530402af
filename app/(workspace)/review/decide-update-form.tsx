'use client';

import { useActionState } from 'react';
import { decideUpdateAction } from './update-actions';
import { controlClass, FieldShell } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type ActionState } from '@/lib/outcome';

/** Approve the proposal as the next public version, or reject it with a reason the unit reads. */
export function DecideUpdateForm({ id, version, updateId, photoIds }: { id: string; version: number; updateId: string; photoIds: string[] }) {
  const [approveState, approve] = useActionState<ActionState, FormData>(decideUpdateAction.bind(null, id, version, updateId), IDLE);
  const [rejectState, reject] = useActionState<ActionState, FormData>(decideUpdateAction.bind(null, id, version, updateId), IDLE);
  const done = approveState.status === 'ok' ? approveState : rejectState.status === 'ok' ? rejectState : null;
  if (done) return <FormMessage state={done} />;
  const reasonError = rejectState.status === 'invalid' ? rejectState.fieldErrors.reason : undefined;
  const typedReason = rejectState.status === 'invalid' ? (rejectState.values?.reason ?? '') : '';
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      <form action={approve} className="space-y-2">
        <input type="hidden" name="decision" value="approve" />
        {/* The photos this reviewer saw: a photo added or removed meanwhile makes the approval refuse. */}
        <input type="hidden" name="photoIds" value={photoIds.join(',')} />
        <FormMessage state={approveState} />
        <SubmitButton pendingText="Đang duyệt…">Duyệt cập nhật</SubmitButton>
      </form>
      <form action={reject} className="space-y-2">
        <input type="hidden" name="decision" value="reject" />
        <FieldShell id="update-reason" label="Lý do không duyệt" error={reasonError}>
          <textarea
            id="update-reason"
            name="reason"
            rows={3}
            defaultValue={typedReason}
            className={controlClass}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? 'update-reason-error' : undefined}
          />
        </FieldShell>
        <FormMessage state={rejectState} />
        <SubmitButton pendingText="Đang ghi nhận…" variant="danger">
          Không duyệt
        </SubmitButton>
      </form>
    </div>
  );
}
