/** What a domain operation returns instead of throwing for expected refusals (bad input, conflicts). */
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function refuse(message: string, fieldErrors?: Record<string, string>): { ok: false; message: string; fieldErrors?: Record<string, string> } {
  return fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
}

/** One shape for every form's state, so each form renders messages the same way. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'invalid'; message: string; fieldErrors: Record<string, string>; values?: Record<string, string> }
  | { status: 'ok'; message: string; data?: Record<string, string> };

export const IDLE: ActionState = { status: 'idle' };
