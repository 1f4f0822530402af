'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/outcome';
import { setupPasswordAction } from './actions';

export function SetupForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(setupPasswordAction.bind(null, token), IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4" aria-label="Đặt mật khẩu" noValidate>
      <FormMessage state={state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="password"
        label="Mật khẩu mới"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint="Ít nhất 12 ký tự; không dùng mật khẩu phổ biến hay tên trong email. Một câu dễ nhớ là lựa chọn tốt."
        error={errors.password}
      />
      <TextField id="confirm" label="Nhập lại mật khẩu mới" type="password" autoComplete="new-password" required error={errors.confirm} />
      <SubmitButton pendingText="Đang lưu…">Đặt mật khẩu</SubmitButton>
    </form>
  );
}
