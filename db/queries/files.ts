import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { attachments, nominations } from '../schema';

/** A photo anyone may see: public, of a published example whose consent allows photos. */
export async function getPublicPhoto(db: Db, { id }: { id: string }) {
  const [row] = await db
    .select({ storageKey: attachments.storageKey, thumbnailKey: attachments.thumbnailKey, mime: attachments.mime })
    .from(attachments)
    .innerJoin(nominations, eq(nominations.id, attachments.nominationId))
    .where(
      and(
        eq(attachments.id, id),
        eq(attachments.kind, 'photo'),
        eq(attachments.isPublic, true),
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
