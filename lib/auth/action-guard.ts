import 'server-only';
import { headers } from 'next/headers';
import { siteUrl } from '@/lib/site';
import { auditDenial, getCurrentUser } from './current-user';
import { AUTH_MESSAGES } from './messages';
import { servedOrigin } from './request-info';
import type { SessionUser } from '../domain/actor';

export type Guarded = { ok: true; user: SessionUser } | { ok: false; message: string };

/**
 * True when the request's Origin is this site: SITE_URL, or the scheme and host the request was addressed
 * to. Scheme included, so a page on http:// cannot act for the https:// site of the same name.
 */
export function isSameOrigin(h: Headers): boolean {
  const origin = h.get('origin');
  if (!origin) return false;
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return false;
  }
  return parsed === new URL(siteUrl()).origin || parsed === servedOrigin(h);
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
