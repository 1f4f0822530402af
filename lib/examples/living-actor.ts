import 'server-only';
import type { Tx } from '@/db/client';
import { lockActorMembership } from '@/db/queries/example-support';
import type { SessionUser } from '@/lib/domain/actor';

/**
 * The session's person with the role, unit and scope they hold now, their account row held until the
 * transaction ends; null when the account is gone or disabled. A session may be older than a scope change.
 */
export async function currentActor(tx: Tx, actor: SessionUser): Promise<SessionUser | null> {
  const member = await lockActorMembership(tx, { userId: actor.id });
  if (!member || !member.active) return null;
  const scope = member.scopeTree && member.scopeCode ? { tree: member.scopeTree, code: member.scopeCode } : null;
  return { ...actor, role: member.role, unitId: member.unitId, scope };
}
