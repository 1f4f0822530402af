import type { RequestInfo } from '@/lib/auth/request-info';
import type { SessionUser } from '@/lib/domain/actor';

/** Who is acting and from where: every account operation audits with it. */
export interface ActorContext {
  actor: SessionUser;
  request: RequestInfo;
  /** The site address the request came to ("https://host"), for links shown back to the actor. */
  origin?: string | null;
}

export function auditBase({ actor, request }: ActorContext) {
  return { actorUserId: actor.id, actorEmail: actor.email, ipAddress: request.ipAddress, userAgent: request.userAgent };
}
