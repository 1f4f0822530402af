import type { ActionState } from '@/lib/outcome';

/** The form-level message, announced when it appears. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  return (
    <div aria-live="polite" role="status">
      {state.status === 'invalid' && <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">{state.message}</p>}
      {state.status === 'ok' && <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm font-medium text-green-900">{state.message}</p>}
    </div>
  );
}
