'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { TextField } from '@/components/ui/field';
import { IDLE } from '@/lib/outcome';
import { loginAction } from './actions';

export function LoginForm({ next }: { next: string | null }) {
  const [state, action] = useActionState(loginAction, IDLE);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  const email = state.status === 'invalid' ? (state.values?.email ?? '') : '';
  return (
    <form action={action} className="space-y-4" aria-label="Đăng nhập" noValidate>
      <FormMessage state={state} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField id="email" label="Email" type="email" autoComplete="username" required defaultValue={email} key={email} error={errors.email} />
      <TextField id="password" label="Mật khẩu" type="password" autoComplete="current-password" required error={errors.password} />
      <SubmitButton pendingText="Đang đăng nhập…">Đăng nhập</SubmitButton>
    </form>
  );
}
