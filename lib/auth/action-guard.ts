import 'server-only';
import { headers } from 'next/headers';
import { siteUrl } from '@/lib/site';
import { auditDenial, getCurrentUser } from './current-user';
import { AUTH_MESSAGES } from './messages';
import type { SessionUser } from '../domain/actor';

export type Guarded = { ok: true; user: SessionUser } | { ok: false; message: string };

/** True when the request's Origin is this site (the address it is served at, or SITE_URL). */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get('origin');
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const served = h.get('x-forwarded-host') ?? h.get('host');
  return host === served || origin === siteUrl();
}

/**
 * The first lines of every server action: Next already refuses foreign origins for actions, and
 * this repeats it so the rule does not depend on the framework; then who is asking, and may they.
 */
export async function guardAction(what: string, allowed: (user: SessionUser) => boolean): Promise<Guarded> {
  const h = await headers();
  if (!isSameOrigin(h)) {
    await auditDenial(null, what, { reason: 'foreign_origin', origin: h.get('origin') });
    return { ok: false, message: AUTH_MESSAGES.foreignOrigin };
  }
  const user = await getCurrentUser();
  if (!user) {
    await auditDenial(null, what, { reason: 'anonymous' });
    return { ok: false, message: AUTH_MESSAGES.signInRequired };
  }
  if (!allowed(user)) {
    await auditDenial(user, what);
    return { ok: false, message: AUTH_MESSAGES.forbidden };
  }
  return { ok: true, user };
}
