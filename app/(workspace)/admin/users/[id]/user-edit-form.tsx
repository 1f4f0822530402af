'use client';

import { useActionState, useState } from 'react';
import { ScopePicker, type ScopeValue } from '@/components/accounts/scope-picker';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ScopeChoices } from '@/db/queries/admin-units';
import { ROLES, ROLE_LABELS, type Role } from '@/lib/domain/vocabulary';
import { IDLE, type ActionState } from '@/lib/outcome';
import { updateUserAction } from '../../actions';

interface UserEditFormProps {
  userId: string;
  initial: { role: Role; unitId: number | null; scope: ScopeValue | null; reviewLead: boolean };
  units: { id: number; name: string }[];
  scopeChoices: ScopeChoices;
  /** The admin editing their own account keeps the admin role. */
  isSelf: boolean;
}

export function UserEditForm({ userId, initial, units, scopeChoices, isSelf }: UserEditFormProps) {
  const [state, action] = useActionState<ActionState, FormData>(updateUserAction.bind(null, userId), IDLE);
  const values = state.status === 'invalid' ? (state.values ?? {}) : {};
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const [role, setRole] = useState<Role>(initial.role);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5" aria-labelledby="user-edit-heading" noValidate>
      <h2 id="user-edit-heading" className="text-lg font-semibold">
        Vai trò, đơn vị và địa bàn
      </h2>
      <FormMessage state={state} />
      <SelectField
        id="role"
        label="Vai trò"
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        error={errors.role}
        hint={isSelf ? 'Bạn không thể tự bỏ vai trò quản trị của mình.' : undefined}
      >
        {ROLES.map((r) => (
          <option key={r} value={r} disabled={isSelf && r !== 'admin'}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </SelectField>
      {role !== 'admin' && (
        <SelectField id="unitId" label="Đơn vị công tác" defaultValue={values.unitId ?? (initial.unitId ? String(initial.unitId) : '')} error={errors.unitId}>
          <option value="">— Chọn đơn vị —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
      )}
      {role === 'reviewer' && (
        <>
          <ScopePicker choices={scopeChoices} defaultValue={initial.scope} error={errors.scopeArea} />
          <div>
            <label className="flex items-start gap-2 text-base">
              <input
                type="checkbox"
                id="reviewLead"
                name="reviewLead"
                defaultChecked={values.reviewLead !== undefined ? values.reviewLead === 'on' : initial.reviewLead}
                className="mt-1 h-4 w-4"
                aria-describedby="reviewLead-hint"
              />
              <span className="font-medium">Phụ trách cấp xét duyệt</span>
            </label>
            <p id="reviewLead-hint" className="mt-1 text-sm text-stone-600">
              Người phụ trách giao hồ sơ của cấp mình cho các cán bộ thẩm định cùng cấp, trong địa bàn của mình.
            </p>
          </div>
        </>
      )}
      <SubmitButton pendingText="Đang lưu…">Lưu thay đổi</SubmitButton>
    </form>
  );
}
