'use client';

import { useActionState } from 'react';
import { ExamplePicker } from '@/components/nominations/example-picker';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { fileFollowUpAction, confirmFollowUpAction } from './follow-up-actions';
import { FOLLOW_UP_NOTE_MAX, MODEL_STATUSES, MODEL_STATUS_LABELS } from '@/lib/domain/follow-ups';
import { IDLE } from '@/lib/outcome';

const input = 'mt-1 block w-full rounded-md border border-stone-400 px-3 py-2 text-base';

/** The unit's yearly follow-up of its approved example; the server checks the figures against the example. */
export function FollowUpForm({
  id,
  version,
  defaultYear,
  householdsEscaped,
}: {
  id: string;
  version: number;
  defaultYear: number;
  householdsEscaped: number | null;
}) {
  const [state, action] = useActionState(fileFollowUpAction.bind(null, id, version), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const field = (
    name: string,
    label: string,
    control: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => React.ReactNode,
    hint?: string,
  ) => {
    const errorId = `fu-${name}-error`;
    const hintId = `fu-${name}-hint`;
    return (
      <div>
        <label htmlFor={`fu-${name}`} className="block text-sm font-medium">
          {label}
        </label>
        {hint && (
          <p id={hintId} className="text-sm text-stone-600">
            {hint}
          </p>
        )}
        {control({
          id: `fu-${name}`,
          ...(errors[name] ? { 'aria-invalid': true as const } : {}),
          'aria-describedby': [hint ? hintId : '', errors[name] ? errorId : ''].filter(Boolean).join(' ') || undefined,
        })}
        {errors[name] && (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
            {errors[name]}
          </p>
        )}
      </div>
    );
  };
  const count = (name: string, label: string, hint?: string) =>
    field(
      name,
      label,
      (props) => <input {...props} name={name} inputMode="numeric" defaultValue={values[name] ?? ''} className={input} autoComplete="off" />,
      hint,
    );
  return (
    // A new form for each answer: React resets a form after its action, and a remounted one starts from
    // what was typed (or empty after a success) instead of losing the chosen status.
    <form action={action} className="space-y-4" aria-label="Báo cáo theo dõi sau công nhận" key={JSON.stringify(state)}>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        {field('year', 'Năm theo dõi', (props) => (
          <input {...props} name="year" inputMode="numeric" defaultValue={values.year ?? String(defaultYear)} className={input} autoComplete="off" />
        ))}
        {field('modelStatus', 'Tình trạng mô hình', (props) => (
          <select {...props} name="modelStatus" defaultValue={values.modelStatus ?? ''} className={input}>
            <option value="">— Chọn —</option>
            {MODEL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {MODEL_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        ))}
        {count(
          'householdsStillOut',
          'Số hộ vẫn giữ được thoát nghèo',
          householdsEscaped == null ? 'Hồ sơ chưa ghi số hộ thoát nghèo.' : `Trong ${householdsEscaped} hộ đã thoát nghèo được ghi nhận.`,
        )}
        {count('householdsFellBack', 'Số hộ tái nghèo', 'Ghi 0 nếu không có hộ nào.')}
        {count('newHouseholds', 'Số hộ mới được giúp đỡ trong năm')}
      </div>
      <ExamplePicker
        name="replicaIds"
        defaultValue={null}
        error={errors.replicaIds}
        label={
          <>
            Điển hình mới nhân rộng từ mô hình này <span className="font-normal text-stone-600">(không bắt buộc)</span>
          </>
        }
        hint="Nơi khác đã học theo mô hình và được công nhận: gõ từ 2 chữ trong tên để tìm."
      />
      {field('note', `Ghi chú ngắn (không quá ${FOLLOW_UP_NOTE_MAX} ký tự)`, (props) => (
        <textarea {...props} name="note" rows={3} maxLength={FOLLOW_UP_NOTE_MAX} defaultValue={values.note ?? ''} className={input} />
      ))}
      <SubmitButton pendingText="Đang gửi…">Gửi báo cáo theo dõi</SubmitButton>
    </form>
  );
}

/** A reviewer in scope confirms a filed follow-up; the server re-checks scope and version. */
export function ConfirmFollowUpButton({
  id,
  followUpId,
  version,
  year,
  photoId,
}: {
  id: string;
  followUpId: string;
  version: number;
  year: number;
  photoId: string | null;
}) {
  const [state, action] = useActionState(confirmFollowUpAction.bind(null, id, followUpId, version, photoId), IDLE);
  return (
    <form action={action} className="space-y-2" aria-label={`Xác nhận báo cáo theo dõi năm ${year}`}>
      <FormMessage state={state} />
      {state.status !== 'ok' && <SubmitButton pendingText="Đang xác nhận…">{`Xác nhận báo cáo năm ${year}`}</SubmitButton>}
    </form>
  );
}
