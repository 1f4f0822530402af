import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { getPublishedExampleRef } from '@/db/queries/example-living';
import {
  applyCommentModeration,
  countCommentsFromAddress,
  countRecentCommentsFor,
  hasSameComment,
  insertComment,
  lockCommentSubmissions,
} from '@/db/queries/reader-comments';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { canModerateComments } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { isUuid } from '@/lib/domain/ids';
import {
  COMMENT_ACTIONS,
  COMMENT_EMAIL_MAX_CHARS,
  COMMENT_MAX_CHARS,
  COMMENT_MAX_LINKS,
  COMMENT_NAME_MAX_CHARS,
  COMMENT_STATUS_LABELS,
  COMMENT_STATUSES,
  COMMENTS_PER_ADDRESS_PER_HOUR,
  COMMENTS_PER_EXAMPLE_PER_HOUR,
  countLinks,
  HIDE_REASON_MAX_CHARS,
  type CommentStatus,
} from '@/lib/domain/reader-comments';
import { addressHash } from '@/lib/notices/objections';
import { refuse, type Outcome } from '@/lib/outcome';
import { currentActor } from './living-actor';

const CHECK_FIELDS = 'Vui lòng kiểm tra các ô được đánh dấu.';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOUR = 3_600_000;
// Direction overrides and isolates reorder what follows them on screen: a name could be made to read as another.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

const capital = (label: string) => `${label[0]!.toUpperCase()}${label.slice(1)}`;

/** Plain text, NFC, line breaks as typed (CR LF from browsers made LF), no more than one empty line in a row. */
const text = (label: string, max: number, { multiline = false, required = true } = {}) =>
  z
    .string()
    .transform((s) => {
      const nfc = s.normalize('NFC').trim();
      return multiline ? nfc.replace(/\r\n?/g, '\n').replace(/\n{3,}/g, '\n\n') : nfc;
    })
    .refine((s) => !required || s.length > 0, `Vui lòng nhập ${label}.`)
    .refine((s) => s.length <= max, `${capital(label)} không được dài quá ${max.toLocaleString('vi-VN')} ký tự.`)
    .refine((s) => !hasControlChars(s, { multiline }) && !BIDI_CONTROLS.test(s), controlCharsMessage(capital(label)));

export const commentSchema = z.object({
  authorName: text('họ và tên', COMMENT_NAME_MAX_CHARS),
  authorEmail: text('email', COMMENT_EMAIL_MAX_CHARS, { required: false }).refine((s) => !s || EMAIL.test(s), 'Email chưa đúng, ví dụ ten@example.vn.'),
  content: text('nội dung ý kiến', COMMENT_MAX_CHARS, { multiline: true }).refine(
    (s) => countLinks(s) <= COMMENT_MAX_LINKS,
    `Ý kiến chỉ được có tối đa ${COMMENT_MAX_LINKS} đường dẫn (liên kết trang web).`,
  ),
});

export type CommentResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; limited?: boolean };

/**
 * A reader comments on a published example. No account: the same-origin check (in the action), the
 * honeypot and the rate limits guard it. The comment waits for a moderator; nothing public changes yet.
 * A filled honeypot is thanked and dropped, as is the same text sent twice from one address.
 */
export async function submitReaderComment(
  db: Db,
  input: { exampleId: string; raw: Record<string, string>; honeypot: string; address: string | null; salt: string; now: Date },
): Promise<CommentResult> {
  if (input.honeypot.trim()) return { ok: true };
  const example = isUuid(input.exampleId) ? await getPublishedExampleRef(db, { id: input.exampleId }) : null;
  if (!example) return { ok: false, message: 'Điển hình này không còn được công bố.', notFound: true };
  const parsed = commentSchema.safeParse(input.raw);
  if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const hash = addressHash(input.address, input.salt);
  const since = new Date(input.now.getTime() - HOUR);
  return db.transaction(async (tx): Promise<CommentResult> => {
    await lockCommentSubmissions(tx, { nominationId: example.id, addressHash: hash });
    if (hash && (await hasSameComment(tx, { nominationId: example.id, addressHash: hash, content: parsed.data.content, since }))) return { ok: true };
    if (hash && (await countCommentsFromAddress(tx, { addressHash: hash, since })) >= COMMENTS_PER_ADDRESS_PER_HOUR)
      return { ok: false, message: 'Bạn đã gửi nhiều ý kiến trong một giờ qua. Vui lòng thử lại sau.', limited: true };
    if ((await countRecentCommentsFor(tx, { nominationId: example.id, since })) >= COMMENTS_PER_EXAMPLE_PER_HOUR)
      return { ok: false, message: 'Điển hình này vừa nhận rất nhiều ý kiến. Vui lòng thử lại sau ít phút.', limited: true };
    await insertComment(tx, {
      nominationId: example.id,
      authorName: parsed.data.authorName,
      authorEmail: parsed.data.authorEmail || null,
      content: parsed.data.content,
      addressHash: hash,
      // The rate limits count from the same clock they are checked against.
      createdAt: input.now,
    });
    return { ok: true };
  });
}

const moderationSchema = z
  .object({
    commentId: z.string().refine(isUuid, 'Không tìm thấy ý kiến này.'),
    expected: z.enum(COMMENT_STATUSES, { error: 'Vui lòng tải lại trang rồi thử lại.' }),
    action: z.enum(COMMENT_ACTIONS, { error: 'Vui lòng chọn duyệt đăng hoặc ẩn ý kiến.' }),
    reason: text('lý do', HIDE_REASON_MAX_CHARS, { multiline: true, required: false }),
  })
  .refine((v) => v.action !== 'hide' || v.reason.length > 0, { path: ['reason'], message: 'Vui lòng ghi lý do ẩn ý kiến này.' });

const NOT_YOURS = 'Không tìm thấy ý kiến này trong phạm vi bạn được kiểm duyệt.';

/** An admin or a reviewer in scope publishes a comment, or hides one with a reason; two tabs at once: the first wins. */
export async function moderateComment(db: Db, actor: SessionUser, raw: unknown): Promise<Outcome<{ nominationId: string; to: CommentStatus }>> {
  const parsed = moderationSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return fieldErrors.commentId ? refuse(NOT_YOURS) : refuse(CHECK_FIELDS, fieldErrors);
  }
  const { commentId, expected, action, reason } = parsed.data;
  const outcome = await applyCommentModeration(db, {
    commentId,
    expected,
    action,
    reason: reason || null,
    actorId: actor.id,
    authorize: async (tx, example) => {
      const who = await currentActor(tx, actor);
      return Boolean(who && canModerateComments(who, example));
    },
  });
  switch (outcome.status) {
    case 'ok':
      return { ok: true, value: { nominationId: outcome.nominationId, to: outcome.to } };
    case 'not_found':
      return refuse(NOT_YOURS);
    case 'conflict':
      return refuse(
        `Ý kiến này vừa được chuyển sang “${COMMENT_STATUS_LABELS[outcome.current]}”${outcome.moderatorName ? ` bởi ${outcome.moderatorName}` : ''} (có thể ở một cửa sổ khác). Trang đã được cập nhật.`,
      );
    case 'invalid_move':
      return refuse(`Ý kiến này đang ở trạng thái “${COMMENT_STATUS_LABELS[expected]}”.`);
    case 'reason_required':
      return refuse(CHECK_FIELDS, { reason: 'Vui lòng ghi lý do ẩn ý kiến này.' });
  }
}
