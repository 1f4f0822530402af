import { asc, eq, gt } from 'drizzle-orm';
import type { AttachmentKind } from '@/lib/domain/vocabulary';
import type { Db } from '../client';
import { attachments, nominations } from '../schema';

/**
 * Every row that names a file in storage. Only `attachments` does: commendation scans, follow-up photos and
 * update photos are attachments too (commendations.document_id, example_follow_ups.photo_id and
 * example_update_photos point at them), each with its photo's thumbnail as a second key.
 */
export interface StoredFileRow {
  attachmentId: string;
  nominationId: string;
  nominationTitle: string;
  kind: AttachmentKind;
  storageKey: string;
  thumbnailKey: string | null;
}

/** One page of rows in id order after `after`: a check of a large table never holds it all at once. */
export async function listStoredFileRows(db: Db, { after, limit }: { after: string | null; limit: number }): Promise<StoredFileRow[]> {
  return db
    .select({
      attachmentId: attachments.id,
      nominationId: attachments.nominationId,
      nominationTitle: nominations.title,
      kind: attachments.kind,
      storageKey: attachments.storageKey,
      thumbnailKey: attachments.thumbnailKey,
    })
    .from(attachments)
    .innerJoin(nominations, eq(nominations.id, attachments.nominationId))
    .where(after ? gt(attachments.id, after) : undefined)
    .orderBy(asc(attachments.id))
    .limit(limit);
}
