import type { Db } from '@/db/client';
import { listSupportForDossier } from '@/db/queries/example-support';
import { listReplicatingNominations, listRequestEvents, listRequestsForExample } from '@/db/queries/replication-requests';
import { canMoveReplicationRequest, canReadReplicationRequests, canRecordSupport, type NominationFacts } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { todayInVietnam } from '@/lib/domain/dates';
import { RequestList } from './request-list';
import { SupportPanel } from './support-panel';

/**
 * Support and requests to learn on a dossier page (the unit's or the reviewer's). Only for examples that
 * were approved at some point; each part checks its own permission for this row.
 */
export async function DossierLiving({ db, user, nomination, now }: { db: Db; user: SessionUser; nomination: NominationFacts & { id: string }; now: Date }) {
  if (nomination.status !== 'approved' && nomination.status !== 'unpublished') return null;
  const readRequests = canReadReplicationRequests(user, nomination);
  const [support, requests, copies] = await Promise.all([
    listSupportForDossier(db, { nominationId: nomination.id }),
    readRequests ? listRequestsForExample(db, { nominationId: nomination.id }) : Promise.resolve([]),
    readRequests ? listReplicatingNominations(db, { nominationId: nomination.id }) : Promise.resolve([]),
  ]);
  const events = await listRequestEvents(db, { requestIds: requests.map((r) => r.id) });
  return (
    <>
      <SupportPanel nominationId={nomination.id} rows={support} canRecord={canRecordSupport(user, nomination)} today={todayInVietnam(now)} />
      {readRequests && (
        <RequestList
          requests={requests}
          events={events}
          canMove={canMoveReplicationRequest(user, nomination)}
          copies={copies.map((c) => ({ id: c.id, label: `${c.title} — ${c.unitName}, năm ${c.year}` }))}
        />
      )}
    </>
  );
}
