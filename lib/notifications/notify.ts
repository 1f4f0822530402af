import 'server-only';
import { notifications } from '@/db/schema';
import type { NotificationKind } from './kinds';
import { findRecipients, type Executor } from './recipients';

export interface NotificationEvent {
  nominationId: string;
  /** The nomination_events row behind this, whose comment the list shows; null when there is none. */
  eventId: number | null;
  kind: NotificationKind;
  actorId: string;
}

/**
 * Call with the transaction that records the event: the rows commit or roll back with the decision.
 * Rows start with emailed_at null, which is what a mail sender will look for.
 */
export async function notifyForEvent(tx: Executor, event: NotificationEvent): Promise<string[]> {
  const recipients = await findRecipients(tx, event);
  if (recipients.length === 0) return [];
  await tx
    .insert(notifications)
    .values(recipients.map((recipientId) => ({ recipientId, nominationId: event.nominationId, eventId: event.eventId, kind: event.kind })));
  return recipients;
}
