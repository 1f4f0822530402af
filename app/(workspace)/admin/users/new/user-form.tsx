'use client';

import { useActionState, useState } from 'react';
import { ScopePicker } from '@/components/accounts/scope-picker';
import { SelectField, TextField } from '@/components/ui/field';
import type { ScopeChoices } from '@/db/queries/admin-units';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { ROLES, ROLE_LABELS, type Role } from '@/lib/domain/vocabulary';
import { IDLE } from '@/lib/outcome';
import { createUserAction } from '../../actions';
import { SetupLinkBox } from '../../setup-link-box';

export function UserForm({ units, scopeChoices }: { units: { id: number; name: string }[]; scopeChoices: ScopeChoices }) {
  const [state, action] = useActionState(createUserAction, IDLE);
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const [role, setRole] = useState<Role>((values.role as Role) || 'unit_member');
  return (
    <>
      <form action={action} className="space-y-4" aria-label="Tạo tài khoản" noValidate>
        <FormMessage state={state} />
        {state.status === 'ok' && state.data?.url && <SetupLinkBox url={state.data.url} expiresAt={state.data.expiresAt ?? ''} />}
        <TextField id="name" label="Họ và tên" required defaultValue={values.name} error={errors.name} autoComplete="off" />
        <TextField id="email" label="Email" type="email" required defaultValue={values.email} error={errors.email} autoComplete="off" />
        <SelectField id="role" label="Vai trò" value={role} onChange={(e) => setRole(e.target.value as Role)} error={errors.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        {role !== 'admin' && (
          <SelectField id="unitId" label="Đơn vị công tác" defaultValue={values.unitId ?? ''} error={errors.unitId}>
            <option value="">— Chọn đơn vị —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        )}
        {role === 'reviewer' && <ScopePicker choices={scopeChoices} defaultValue={null} error={errors.scopeArea} />}
        <SubmitButton pendingText="Đang tạo…">Tạo tài khoản</SubmitButton>
      </form>
    </>
  );
}
