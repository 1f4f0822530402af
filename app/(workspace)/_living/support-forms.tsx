'use client';

import { useActionState } from 'react';
import { recordSupportAction, removeSupportAction } from './actions';
import { FieldError, controlClass, labelClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { SUPPORT_FORM_LABELS, SUPPORT_FORMS, SUPPORT_PROVIDER_MAX_CHARS } from '@/lib/domain/example-support';
import { IDLE } from '@/lib/outcome';

/** Records one support row on the dossier's approved example. */
export function SupportForm({ nominationId, today }: { nominationId: string; today: string }) {
  const [state, action] = useActionState(recordSupportAction.bind(null, nominationId), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const invalid = (key: string) => (errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `support-${key}-error` } : {});
  return (
    <form action={action} aria-label="Ghi nhận hỗ trợ" className="space-y-3">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="support-date" className={labelClass}>
            Ngày hỗ trợ
          </label>
          <input id="support-date" name="date" type="date" max={today} defaultValue={values.date} className={controlClass} {...invalid('date')} />
          <FieldError id="support-date-error" error={errors.date} />
        </div>
        <div>
          <label htmlFor="support-form" className={labelClass}>
            Hình thức
          </label>
          {/* Keyed by the value: a select keeps its first default through React's reset of the form after an action. */}
          <select
            key={values.form ?? ''}
            id="support-form"
            name="form"
            defaultValue={values.form ?? ''}
            className={`${controlClass} min-h-11`}
            {...invalid('form')}
          >
            <option value="">— Chọn hình thức —</option>
            {SUPPORT_FORMS.map((form) => (
              <option key={form} value={form}>
                {SUPPORT_FORM_LABELS[form]}
              </option>
            ))}
          </select>
          <FieldError id="support-form-error" error={errors.form} />
        </div>
        <div>
          <label htmlFor="support-provider" className={labelClass}>
            Đơn vị hỗ trợ
          </label>
          <input
            id="support-provider"
            name="provider"
            maxLength={SUPPORT_PROVIDER_MAX_CHARS}
            defaultValue={values.provider}
            className={controlClass}
            {...invalid('provider')}
          />
          <FieldError id="support-provider-error" error={errors.provider} />
        </div>
        <div>
          <label htmlFor="support-amount" className={labelClass}>
            Giá trị quy ra tiền (đồng)
          </label>
          <input
            id="support-amount"
            name="amountVnd"
            inputMode="numeric"
            placeholder="Ví dụ: 15.000.000"
            defaultValue={values.amountVnd}
            className={controlClass}
            {...invalid('amountVnd')}
          />
          <FieldError id="support-amountVnd-error" error={errors.amountVnd} />
        </div>
      </div>
      <SubmitButton variant="secondary" pendingText="Đang lưu…">
        Ghi nhận hỗ trợ
      </SubmitButton>
    </form>
  );
}

export function RemoveSupportButton({ supportId, label }: { supportId: string; label: string }) {
  const [state, action] = useActionState(removeSupportAction.bind(null, supportId), IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <button type="submit" className="text-sm font-medium text-red-800 underline">
        Xoá<span className="sr-only"> {label}</span>
      </button>
    </form>
  );
}
