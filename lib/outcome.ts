/** What a domain operation returns instead of throwing for expected refusals (bad input, conflicts). */
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function refuse(message: string, fieldErrors?: Record<string, string>): { ok: false; message: string; fieldErrors?: Record<string, string> } {
  return fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
}

/** Someone else saved or decided first: what the form needs to offer a choice. */
export interface ConflictInfo {
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

/**
 * The one result every server action returns, and every form's state (`useActionState`). A refusal
 * names the fields at fault by their form keys; the message is for people, never parsed by code.
 */
export type ActionResult<D = undefined> =
  | { status: 'ok'; message: string; data?: D }
  | {
      status: 'invalid';
      message: string;
      fieldErrors: Record<string, string>;
      /** What the person typed, to put back in the form. */
      values?: Record<string, string>;
      /** Set when the thing is gone or not theirs: the page should stop offering to edit it. */
      notFound?: boolean;
      conflict?: ConflictInfo;
      /** Items still missing before a submission, in form order. */
      problems?: { field: string; message: string }[];
    };

export type ActionState<D = undefined> = { status: 'idle' } | ActionResult<D>;

export const IDLE: ActionState = { status: 'idle' };

type Refused = Extract<ActionResult, { status: 'invalid' }>;

export function invalid(message: string, extra: Omit<Refused, 'status' | 'message' | 'fieldErrors'> & { fieldErrors?: Record<string, string> } = {}): Refused {
  return { ...extra, status: 'invalid', message, fieldErrors: extra.fieldErrors ?? {} };
}

export function done<D>(message: string, data: D): ActionResult<D> {
  return { status: 'ok', message, data };
}

/** A domain result of the `{ ok, message, fieldErrors… }` family as an action's result. */
export function fromDomain<D>(
  result: { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; conflict?: ConflictInfo; problems?: Refused['problems'] },
  values?: Record<string, string>,
): ActionResult<D> {
  const { message, fieldErrors, notFound, conflict, problems } = result;
  return invalid(message, { fieldErrors, notFound, conflict, problems, values });
}
