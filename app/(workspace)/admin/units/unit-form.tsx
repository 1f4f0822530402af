'use client';

import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { ADMIN_TREE_LABELS, ADMIN_TREES, UNIT_KINDS, UNIT_KIND_LABELS } from '@/lib/domain/vocabulary';
import { IDLE } from '@/lib/outcome';
import { createUnitAction } from '../actions';

export function UnitForm() {
  const [state, action] = useActionState(createUnitAction, IDLE);
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-3 space-y-4" aria-label="Thêm đơn vị" noValidate>
      <FormMessage state={state} />
      <TextField id="name" label="Tên đơn vị" required defaultValue={values.name} error={errors.name} />
      <SelectField id="kind" label="Loại đơn vị" defaultValue={values.kind ?? 'commune'} error={errors.kind}>
        {UNIT_KINDS.map((k) => (
          <option key={k} value={k}>
            {UNIT_KIND_LABELS[k]}
          </option>
        ))}
      </SelectField>
      <SelectField id="adminUnitTree" label="Hệ địa giới" defaultValue={values.adminUnitTree ?? '2025'} error={errors.adminUnitTree}>
        {ADMIN_TREES.map((t) => (
          <option key={t} value={t}>
            {ADMIN_TREE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      <TextField
        id="adminUnitCode"
        label="Mã đơn vị hành chính"
        inputMode="numeric"
        required
        defaultValue={values.adminUnitCode}
        error={errors.adminUnitCode}
        hint="Mã xã (5 chữ số), huyện (3) hoặc tỉnh (2) theo danh mục của Tổng cục Thống kê, ví dụ 25231."
      />
      <SubmitButton pendingText="Đang lưu…">Thêm đơn vị</SubmitButton>
    </form>
  );
}
