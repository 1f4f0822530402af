import 'server-only';
import type { Db } from '@/db/client';
import { getNominationRecord } from '@/db/queries/nomination-record';
import { insertReviewNote } from '@/db/queries/review-notes';
import { canWriteReviewNote } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { REVIEW_MESSAGES } from './messages';

export const NOTE_MAX_CHARS = 4000;

/** A reviewer's private note: reviewers and admins read them, units never do. */
export async function addReviewNote(db: Db, actor: SessionUser, { id, body }: { id: string; body: string }) {
  const text = body.normalize('NFC').trim();
  if (!text) return { ok: false as const, message: 'Ghi chú đang để trống.' };
  if (text.length > NOTE_MAX_CHARS) return { ok: false as const, message: `Ghi chú không được dài quá ${NOTE_MAX_CHARS} ký tự.` };
  if (hasControlChars(text, { multiline: true })) return { ok: false as const, message: controlCharsMessage('Ghi chú') };
  const row = await getNominationRecord(db, { id });
  if (!row || !canWriteReviewNote(actor, row)) return { ok: false as const, message: REVIEW_MESSAGES.notFound };
  await insertReviewNote(db, { nominationId: row.id, authorId: actor.id, body: text });
  return { ok: true as const };
}
