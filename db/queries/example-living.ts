import { and, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { nominations } from '../schema';
import { listPublicSupportOf, type PublicSupport } from './example-support';
import { countReplicationRequestsOf } from './replication-requests';

/** What an example's page, API item and export row add about its support and the requests to learn from it. */
export interface ExampleLiving {
  support: PublicSupport[];
  replicationRequests: number;
}

/** A published example's id and owning unit; null for every other state. */
export async function getPublishedExampleRef(db: Executor, { id }: { id: string }) {
  const [row] = await db
    .select({ id: nominations.id, unitId: nominations.unitId })
    .from(nominations)
    .where(and(eq(nominations.id, id), eq(nominations.status, 'approved')));
  return row ?? null;
}

/** The same for an export batch, in two queries. */
export async function listExampleLivingOf(db: Executor, ids: string[]): Promise<Map<string, ExampleLiving>> {
  const [support, counts] = await Promise.all([listPublicSupportOf(db, ids), countReplicationRequestsOf(db, ids)]);
  return new Map(ids.map((id) => [id, { support: support.get(id) ?? [], replicationRequests: counts.get(id) ?? 0 }]));
}
