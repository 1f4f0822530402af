'use client';

import { useActionState } from 'react';
import { withdrawUpdateAction } from './update-actions';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE, type ActionState } from '@/lib/outcome';

export function WithdrawUpdate({ id, version, updateId }: { id: string; version: number; updateId: string }) {
  const [state, action] = useActionState<ActionState, FormData>(withdrawUpdateAction.bind(null, id, version, updateId), IDLE);
  if (state.status === 'ok') return <FormMessage state={state} />;
  return (
    <form action={action} className="mt-3 space-y-2">
      <FormMessage state={state} />
      <SubmitButton pendingText="Đang rút…" variant="secondary">
        Rút đề xuất
      </SubmitButton>
    </form>
  );
}
