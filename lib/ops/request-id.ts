import { randomUUID } from 'node:crypto';

/** A client's or proxy's id is kept only when it is short and plain (no spaces, quotes or control characters). */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export const REQUEST_ID_HEADER = 'x-request-id';

/** The incoming X-Request-Id when it is a short safe token, else a new random one. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
