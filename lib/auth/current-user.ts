import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getDb } from '@/db/index';
import { recordAudit } from '@/db/queries/audit';
import { getAuth } from './auth';
import { requestInfo, servedOrigin, type RequestInfo } from './request-info';
import { resolveSession } from './session';
import type { SessionUser } from '../domain/actor';

/** The signed-in user for this request (resolved once per request), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const resolved = await resolveSession(getDb(), getAuth(), await headers());
  return resolved?.user ?? null;
});

export async function currentRequestInfo(): Promise<RequestInfo> {
  return requestInfo(await headers());
}

/** "http(s)://host[:port]" as the browser addressed this site. */
export async function currentOrigin(): Promise<string | null> {
  return servedOrigin(await headers());
}

/** Anonymous visitors go to the login page and come back here afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function auditDenial(user: SessionUser | null, what: string, detail: Record<string, unknown> = {}): Promise<void> {
  const request = await currentRequestInfo();
  await recordAudit(getDb(), {
    action: 'permission_denied',
    actorUserId: user?.id ?? null,
    actorEmail: user?.email ?? null,
    ipAddress: request.ipAddress,
    userAgent: request.userAgent,
    detail: { what, ...detail },
  });
}

/**
 * A page a signed-in user may not open: audited, then 403 — or 404 where even its existence is
 * private (another unit's draft).
 */
export async function denyPage(user: SessionUser, what: string, as: 'forbidden' | 'not_found' = 'forbidden'): Promise<never> {
  await auditDenial(user, what);
  if (as === 'not_found') notFound();
  forbidden();
}

/** For pages: the user, when `allowed` says yes; otherwise login, or an audited 403. */
export async function requirePermission(returnTo: string, allowed: (user: SessionUser) => boolean): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!allowed(user)) await denyPage(user, returnTo);
  return user;
}
