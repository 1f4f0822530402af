'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { AreaOption } from '@/lib/accounts/unit-area';
import { IDLE } from '@/lib/outcome';
import { setUnitAreaAction } from '../../actions';

export function AreaForm({ unitId, options, current }: { unitId: number; options: AreaOption[]; current: string }) {
  const [state, action] = useActionState(setUnitAreaAction.bind(null, unitId), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-3 space-y-4" aria-label="Địa bàn được giới thiệu điển hình" noValidate>
      <FormMessage state={state} />
      <SelectField id="area" label="Địa bàn" defaultValue={current} error={errors.area}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton pendingText="Đang lưu…">Lưu địa bàn</SubmitButton>
    </form>
  );
}
