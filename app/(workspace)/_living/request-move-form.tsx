'use client';

import { useActionState } from 'react';
import { moveRequestAction } from './actions';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { REQUEST_STATUS_LABELS, nextRequestStatuses, type RequestStatus } from '@/lib/domain/replication-requests';
import { IDLE } from '@/lib/outcome';

/** Moves one request forward; "Đã nhân rộng" needs the nomination that replicates the example. */
export function RequestMoveForm({ requestId, status, copies }: { requestId: string; status: RequestStatus; copies: { id: string; label: string }[] }) {
  const [state, action] = useActionState(moveRequestAction, IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const next = nextRequestStatuses(status);
  if (next.length === 0) return null;
  const toId = `to-${requestId}`;
  const copyId = `copy-${requestId}`;
  return (
    <form action={action} aria-label="Cập nhật trạng thái đăng ký" className="mt-3 space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="expected" value={status} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={toId} className={labelClass}>
            Chuyển sang
          </label>
          <select id={toId} name="to" defaultValue={next[0]} className={`${controlClass} min-h-11`}>
            {next.map((to) => (
              <option key={to} value={to}>
                {REQUEST_STATUS_LABELS[to]}
              </option>
            ))}
          </select>
        </div>
        {next.includes('replicated') && (
          <div>
            <label htmlFor={copyId} className={labelClass}>
              Hồ sơ nhân rộng (khi chọn “Đã nhân rộng”)
            </label>
            <select
              id={copyId}
              name="replicatedNominationId"
              defaultValue=""
              className={`${controlClass} min-h-11`}
              aria-invalid={errors.replicatedNominationId ? true : undefined}
              aria-describedby={errors.replicatedNominationId ? `${copyId}-error` : undefined}
            >
              <option value="">{copies.length ? '— Chọn hồ sơ —' : 'Chưa có hồ sơ nào ghi “nhân rộng từ” điển hình này'}</option>
              {copies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            <FieldError id={`${copyId}-error`} error={errors.replicatedNominationId} />
          </div>
        )}
      </div>
      <SubmitButton variant="secondary" pendingText="Đang lưu…">
        Cập nhật trạng thái
      </SubmitButton>
    </form>
  );
}
