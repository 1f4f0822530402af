'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { changePasswordAction } from './actions';

export function PasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" aria-label="Đổi mật khẩu" noValidate>
      <FormMessage state={state} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField id="currentPassword" label="Mật khẩu hiện tại" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <TextField
        id="password"
        label="Mật khẩu mới"
        type="password"
        autoComplete="new-password"
        required
        hint="Ít nhất 12 ký tự; không dùng mật khẩu phổ biến hay tên trong email."
        error={errors.password}
      />
      <TextField id="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required error={errors.confirm} />
      <SubmitButton pendingText="Đang đổi…">Đổi mật khẩu</SubmitButton>
    </form>
  );
}
