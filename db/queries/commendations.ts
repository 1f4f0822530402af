import type { NotificationKind } from '@/lib/domain/notification-kinds';
import type { Db } from '../client';
import { commendations } from '../schema';
import { insertAttachment } from './attachments';
import { recordNotifications } from './notification-recipients';

export interface CommendationValues {
  form: string;
  issuer: string;
  decisionNumber: string;
  decisionDate: string;
}

/** The scan of the decision, already stored: recorded as a private document of the example. */
export interface StoredScan {
  storageKey: string;
  originalName: string;
  bytes: number;
  sha256: string;
}

// After the unit's own documents, so the list keeps their order.
const SCAN_POSITION = 1000;

/** The commendation, its scan (if any) and the unit's notification, in one transaction. */
export async function insertCommendation(
  db: Db,
  { nominationId, actorId, values, scan }: { nominationId: string; actorId: string; values: CommendationValues; scan: StoredScan | null },
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const document = scan
      ? await insertAttachment(
          tx,
          {
            nominationId,
            kind: 'document',
            storageKey: scan.storageKey,
            originalName: scan.originalName,
            mime: 'application/pdf',
            bytes: scan.bytes,
            sha256: scan.sha256,
            caption: `Quyết định ${values.decisionNumber}`,
            isPublic: false,
          },
          SCAN_POSITION,
        )
      : null;
    const [saved] = await tx
      .insert(commendations)
      .values({ nominationId, ...values, documentId: document?.id ?? null, createdBy: actorId })
      .returning({ id: commendations.id });
    const kind: NotificationKind = 'commended';
    await recordNotifications(tx, { nominationId, eventId: null, kind, actorId });
    return { id: saved!.id };
  });
}
