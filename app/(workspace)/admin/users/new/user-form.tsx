'use client';

import { useActionState, useState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { ADMIN_TREE_LABELS, ADMIN_TREES, ROLES, ROLE_LABELS, type Role } from '@/lib/domain/vocabulary';
import { IDLE } from '@/lib/outcome';
import { createUserAction } from '../../actions';
import { SetupLinkBox } from '../../setup-link-box';

export function UserForm({ units }: { units: { id: number; name: string }[] }) {
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
        {role === 'reviewer' && (
          <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
            <legend className="px-1 text-sm font-semibold">Địa bàn thẩm định</legend>
            <SelectField id="scopeTree" label="Hệ địa giới" defaultValue={values.scopeTree || '2024'} error={errors.scopeTree}>
              {ADMIN_TREES.map((t) => (
                <option key={t} value={t}>
                  {ADMIN_TREE_LABELS[t]}
                </option>
              ))}
            </SelectField>
            <TextField
              id="scopeCode"
              label="Mã tỉnh hoặc huyện"
              inputMode="numeric"
              defaultValue={values.scopeCode}
              error={errors.scopeCode}
              hint="Ví dụ: 691 (huyện Bù Gia Mập), 70 (tỉnh Bình Phước cũ). Cán bộ thẩm định thấy hồ sơ của các xã trong địa bàn này."
            />
          </fieldset>
        )}
        <SubmitButton pendingText="Đang tạo…">Tạo tài khoản</SubmitButton>
      </form>
    </>
  );
}
