'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { MAIL_PREFERENCE_LABELS, MAIL_PREFERENCES, type MailPreference } from '@/lib/domain/mail-preferences';
import { IDLE } from '@/lib/outcome';
import { setMailPreferenceAction } from './actions';

export function MailPreferenceForm({ current }: { current: MailPreference }) {
  const [state, action] = useActionState(setMailPreferenceAction, IDLE);
  const error = state.status === 'invalid' ? state.fieldErrors.preference : undefined;
  return (
    <form action={action} className="space-y-4" aria-label="Thư thông báo">
      <FormMessage state={state} />
      <fieldset aria-describedby={error ? 'preference-error' : undefined}>
        <legend className="font-medium text-stone-900">Nhận thư điện tử về thông báo</legend>
        <div className="mt-2 space-y-2">
          {MAIL_PREFERENCES.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="preference" value={value} defaultChecked={value === current} className="h-4 w-4" />
              <span>{MAIL_PREFERENCE_LABELS[value]}</span>
            </label>
          ))}
        </div>
        {error && (
          <p id="preference-error" className="mt-2 text-sm font-medium text-red-800">
            {error}
          </p>
        )}
      </fieldset>
      <SubmitButton pendingText="Đang lưu…">Lưu cách nhận thư</SubmitButton>
    </form>
  );
}
