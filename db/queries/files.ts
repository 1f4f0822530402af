import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { attachments, exampleFollowUps, nominations } from '../schema';

/**
 * A photo anyone may see: of a published example whose consent allows photos, and either in its public
 * gallery or the photo of a confirmed follow-up.
 */
export async function getPublicPhoto(db: Db, { id }: { id: string }) {
  const confirmedFollowUpPhoto = sql`exists (select 1 from ${exampleFollowUps} f where f.photo_id = ${attachments.id} and f.state = 'confirmed')`;
  const [row] = await db
    .select({ storageKey: attachments.storageKey, thumbnailKey: attachments.thumbnailKey, mime: attachments.mime })
    .from(attachments)
    .innerJoin(nominations, eq(nominations.id, attachments.nominationId))
    .where(
      and(
        eq(attachments.id, id),
        eq(attachments.kind, 'photo'),
        or(eq(attachments.isPublic, true), confirmedFollowUpPhoto),
        eq(nominations.status, 'approved'),
        eq(nominations.publishMode, 'named'),
      ),
    );
  return row ?? null;
}

/** Any attachment with the facts a permission check needs about its nomination. */
export async function getAttachmentWithNomination(db: Db, { id }: { id: string }) {
  const [row] = await db
    .select({
      kind: attachments.kind,
      storageKey: attachments.storageKey,
      thumbnailKey: attachments.thumbnailKey,
      mime: attachments.mime,
      originalName: attachments.originalName,
      unitId: nominations.unitId,
      status: nominations.status,
      communeTree: nominations.communeTree,
      communeCode: nominations.communeCode,
      currentCommuneCodes: nominations.currentCommuneCodes,
      districtCode: nominations.districtCode,
      provinceCodeOld: nominations.provinceCodeOld,
      provinceCodeNew: nominations.provinceCodeNew,
    })
    .from(attachments)
    .innerJoin(nominations, eq(nominations.id, attachments.nominationId))
    .where(eq(attachments.id, id));
  return row ?? null;
}
