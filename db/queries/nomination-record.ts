import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { adminUnits, attachments, nominationEvents, nominations, units, users } from '../schema';
import { isUuid } from '@/lib/domain/ids';
import { shownInDossier } from './update-photos';

/** The whole nomination, private fields included: callers have checked the person may see it. */
export async function getNominationRow(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      nomination: nominations,
      unitName: units.name,
      communeName: adminUnits.fullName,
      updatedByName: users.name,
    })
    .from(nominations)
    .innerJoin(units, eq(units.id, nominations.unitId))
    .leftJoin(adminUnits, and(eq(adminUnits.tree, nominations.communeTree), eq(adminUnits.code, nominations.communeCode)))
    .leftJoin(users, eq(users.id, nominations.updatedBy))
    .where(eq(nominations.id, id));
  return row ?? null;
}

export type NominationRow = NonNullable<Awaited<ReturnType<typeof getNominationRow>>>;

export async function listAttachments(db: Db, nominationId: string) {
  return db
    .select({
      id: attachments.id,
      kind: attachments.kind,
      caption: attachments.caption,
      isPublic: attachments.isPublic,
      originalName: attachments.originalName,
      bytes: attachments.bytes,
      width: attachments.width,
      height: attachments.height,
      position: attachments.position,
    })
    .from(attachments)
    .where(and(eq(attachments.nominationId, nominationId), shownInDossier))
    .orderBy(asc(attachments.kind), asc(attachments.position), asc(attachments.createdAt));
}

/** The unit's view of the history: who did what, when, with the reviewer's comment to the unit. */
export async function listNominationEvents(db: Db, nominationId: string) {
  return db
    .select({
      id: nominationEvents.id,
      action: nominationEvents.action,
      fromStatus: nominationEvents.fromStatus,
      toStatus: nominationEvents.toStatus,
      comment: nominationEvents.comment,
      reviewLevel: nominationEvents.reviewLevel,
      detail: nominationEvents.detail,
      at: nominationEvents.createdAt,
      actorName: users.name,
    })
    .from(nominationEvents)
    .leftJoin(users, eq(users.id, nominationEvents.actorId))
    .where(eq(nominationEvents.nominationId, nominationId))
    .orderBy(desc(nominationEvents.id));
}

/** The title of a nomination, for a form that links to it (the replicated example). */
export async function getNominationTitle(db: Db, { id }: { id: string }) {
  const [row] = await db.select({ id: nominations.id, title: nominations.title }).from(nominations).where(eq(nominations.id, id));
  return row ?? null;
}

/** A nomination as every permission check needs it, with the full row for the caller's own rules. */
export async function getNominationRecord(db: Db, { id }: { id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id));
  return row ?? null;
}
