import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { getNominationRecord } from '@/db/queries/nomination-record';
import { countObjectionsFromAddress, getObjection, insertObjection, markObjection } from '@/db/queries/objections';
import { getReviewSetup } from '@/db/queries/review-setup';
import { recordNotifications } from '@/db/queries/notification-recipients';
import { canReviewNomination, hasConflictOfInterest, isReviewer } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { isUuid } from '@/lib/domain/ids';
import { OBJECTION_MAX_CHARS } from '@/lib/domain/notice';
import { levelOfScope } from '@/lib/domain/review-levels';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { fieldErrorsOf } from '@/lib/accounts/schemas';

/** One address may send this many opinions an hour, over all dossiers. */
export const OBJECTIONS_PER_HOUR = 5;
const CHECK_FIELDS = 'Vui lòng kiểm tra các ô được đánh dấu.';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .-]{9,15}$/;

const text = (label: string, max: number, multiline = false) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => s.length > 0, `Vui lòng nhập ${label}.`)
    .refine((s) => s.length <= max, `${label[0]!.toUpperCase()}${label.slice(1)} không được dài quá ${max} ký tự.`)
    .refine((s) => !hasControlChars(s, { multiline }), controlCharsMessage(`${label[0]!.toUpperCase()}${label.slice(1)}`));

export const objectionSchema = z.object({
  authorName: text('họ và tên', 120),
  contact: text('số điện thoại hoặc email', 120).refine(
    (s) => EMAIL.test(s) || (PHONE.test(s) && s.replace(/\D/g, '').length >= 9),
    'Vui lòng nhập số điện thoại hoặc email hợp lệ để cơ quan liên hệ xác minh khi cần.',
  ),
  content: text('nội dung góp ý, phản ánh', OBJECTION_MAX_CHARS, true),
});

export type ObjectionResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; limited?: boolean };

/** The address kept only as a salted hash: enough to count one sender, not to know who sent. */
export function addressHash(address: string | null, salt: string): string | null {
  return address ? createHash('sha256').update(`${salt}|${address}`).digest('base64url') : null;
}

/**
 * A citizen's opinion on a dossier in public notice: no account needed, contact required but never
 * shown, plain text only. Refused after the window, beyond the rate limit, or when the honeypot is filled.
 */
export async function submitObjection(
  db: Db,
  input: { nominationId: string; raw: unknown; honeypot: string; address: string | null; salt: string; now: Date },
): Promise<ObjectionResult> {
  // Bots fill every field; a person never sees this one. Answer as if it worked, and keep nothing.
  if (input.honeypot.trim()) return { ok: true };
  const row = isUuid(input.nominationId) ? await getNominationRecord(db, { id: input.nominationId }) : null;
  if (!row || row.status !== 'in_notice') return { ok: false, message: 'Hồ sơ này không còn trong thời gian công khai lấy ý kiến.', notFound: true };
  if (row.noticeEndsAt && input.now > row.noticeEndsAt) return { ok: false, message: 'Đã hết thời hạn công khai lấy ý kiến đối với hồ sơ này.' };
  const parsed = objectionSchema.safeParse(input.raw);
  if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const hash = addressHash(input.address, input.salt);
  if (hash && (await countObjectionsFromAddress(db, { addressHash: hash, since: new Date(input.now.getTime() - 3_600_000) })) >= OBJECTIONS_PER_HOUR) {
    return { ok: false, message: 'Bạn đã gửi nhiều ý kiến trong một giờ qua. Vui lòng thử lại sau.', limited: true };
  }
  await db.transaction(async (tx) => {
    await insertObjection(tx, { nominationId: row.id, ...parsed.data, addressHash: hash });
    await recordNotifications(tx, { nominationId: row.id, eventId: null, kind: 'objection', actorId: '' });
  });
  return { ok: true };
}

/** Who judges the opinions: a reviewer in scope at the deciding level, not of the nominating unit. */
export async function canJudgeObjections(db: Db, actor: SessionUser, row: Parameters<typeof canReviewNomination>[1] & { campaignId: number }) {
  if (!isReviewer(actor) || !canReviewNomination(actor, row) || hasConflictOfInterest(actor, row)) return false;
  const setup = await getReviewSetup(db, { campaignId: row.campaignId });
  if (!setup || setup.levels.length === 0) return true;
  return levelOfScope(setup.levels, actor.scope) === setup.levels.length - 1;
}

const judgement = z.object({
  status: z.enum(['founded', 'unfounded'], { error: 'Vui lòng chọn: có cơ sở hoặc không có cơ sở.' }),
  note: text('ghi chú xử lý', 1000, true),
});

/** A reviewer marks an opinion founded or not, with a note; only while the dossier is still in notice. */
export async function judgeObjection(db: Db, actor: SessionUser, input: { objectionId: string; raw: unknown }): Promise<ObjectionResult> {
  const objection = isUuid(input.objectionId) ? await getObjection(db, { id: input.objectionId }) : null;
  const row = objection ? await getNominationRecord(db, { id: objection.nominationId }) : null;
  if (!objection || !row || !(await canJudgeObjections(db, actor, row)))
    return { ok: false, message: 'Không tìm thấy ý kiến này trong phạm vi bạn được xử lý.', notFound: true };
  if (row.status !== 'in_notice') return { ok: false, message: 'Hồ sơ không còn ở giai đoạn công khai lấy ý kiến.' };
  const parsed = judgement.safeParse(input.raw);
  if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  await markObjection(db, { id: objection.id, status: parsed.data.status, note: parsed.data.note, reviewerId: actor.id });
  return { ok: true };
}
