import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { nominations, reviewNotes, users } from '@/db/schema';
import { canReviewNomination } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { REVIEW_MESSAGES } from './messages';

/** A reviewer's private note: reviewers and admins read them, units never do. */
export async function addReviewNote(db: Db, actor: SessionUser, { id, body }: { id: string; body: string }) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return { ok: false as const, message: REVIEW_MESSAGES.notFound };
  const text = body.normalize('NFC').trim();
  if (!text) return { ok: false as const, message: 'Ghi chú đang để trống.' };
  if (text.length > 4000) return { ok: false as const, message: 'Ghi chú không được dài quá 4000 ký tự.' };
  const [row] = await db.select().from(nominations).where(eq(nominations.id, id));
  if (!row || !canReviewNomination(actor, { ...row, status: row.status as NominationStatus })) return { ok: false as const, message: REVIEW_MESSAGES.notFound };
  await db.insert(reviewNotes).values({ nominationId: id, authorId: actor.id, body: text });
  return { ok: true as const };
}

export async function listReviewNotes(db: Db, nominationId: string) {
  return db
    .select({ id: reviewNotes.id, body: reviewNotes.body, at: reviewNotes.createdAt, authorName: users.name })
    .from(reviewNotes)
    .innerJoin(users, eq(users.id, reviewNotes.authorId))
    .where(eq(reviewNotes.nominationId, nominationId))
    .orderBy(asc(reviewNotes.createdAt));
}
