import { and, asc, eq, sql } from 'drizzle-orm';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import type { Db } from '../client';
import { campaigns, commendations, nominations, units } from '../schema';
import { insertAttachment } from './attachments';
import { cardColumns, toCards } from './examples';
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

/**
 * A commendation by its public code, with the example it honours only while that example is published:
 * an unpublished one is not described at all, whoever asks.
 */
export async function getCommendationByVerifyCode(db: Db, { code }: { code: string }) {
  const [row] = await db
    .select({
      form: commendations.form,
      issuer: commendations.issuer,
      decisionNumber: commendations.decisionNumber,
      decisionDate: commendations.decisionDate,
      nominationId: commendations.nominationId,
      published: sql<boolean>`${nominations.status} = 'approved'`,
    })
    .from(commendations)
    .innerJoin(nominations, eq(nominations.id, commendations.nominationId))
    .where(eq(commendations.verifyCode, code));
  if (!row) return null;
  const { nominationId, published, ...commendation } = row;
  const example = published ? ((await toCards(db, await selectCardsById(db, nominationId)))[0] ?? null) : null;
  return { ...commendation, example };
}

function selectCardsById(db: Db, id: string) {
  return db
    .select(cardColumns)
    .from(nominations)
    .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
    .innerJoin(units, eq(units.id, nominations.unitId))
    .where(and(eq(nominations.id, id), eq(nominations.status, 'approved')));
}

/** What a commendation shows to anyone: its form, issuer, decision and public verification code. */
export const commendationPublicColumns = {
  form: commendations.form,
  issuer: commendations.issuer,
  decisionNumber: commendations.decisionNumber,
  decisionDate: commendations.decisionDate,
  verifyCode: commendations.verifyCode,
};

/** The commendations recorded on a nomination, oldest decision first, with their public codes (review page). */
export function listCommendations(db: Db, { nominationId }: { nominationId: string }) {
  return db
    .select({ id: commendations.id, ...commendationPublicColumns })
    .from(commendations)
    .where(eq(commendations.nominationId, nominationId))
    .orderBy(asc(commendations.decisionDate), asc(commendations.createdAt));
}

/** One commendation for its printed annex, with the facts a permission check needs about its nomination. */
export async function getCommendationForAnnex(db: Db, { id }: { id: string }) {
  const [row] = await db
    .select({
      id: commendations.id,
      form: commendations.form,
      issuer: commendations.issuer,
      decisionNumber: commendations.decisionNumber,
      decisionDate: commendations.decisionDate,
      verifyCode: commendations.verifyCode,
      nominationId: nominations.id,
      title: nominations.title,
      nomineeName: nominations.nomineeName,
      publishMode: nominations.publishMode,
      nomineeKind: nominations.nomineeKind,
      status: nominations.status,
      unitId: nominations.unitId,
      communeName: sql<
        string | null
      >`(SELECT full_name FROM admin_units au WHERE au.tree = ${nominations.communeTree} AND au.code = ${nominations.communeCode})`,
    })
    .from(commendations)
    .innerJoin(nominations, eq(nominations.id, commendations.nominationId))
    .where(eq(commendations.id, id));
  return row ?? null;
}
