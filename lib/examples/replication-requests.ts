import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { getAdminUnit } from '@/db/queries/admin-units';
import { getPublishedExampleRef } from '@/db/queries/example-living';
import { recordNotifications } from '@/db/queries/notification-recipients';
import { applyRequestMove, countRecentRequestsFor, countRequestsFromAddress, insertReplicationRequest } from '@/db/queries/replication-requests';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { canMoveReplicationRequest, isUnitMember } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { isUuid } from '@/lib/domain/ids';
import {
  REQUEST_MESSAGE_MAX_CHARS,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  REQUESTS_PER_ADDRESS_PER_HOUR,
  REQUESTS_PER_EXAMPLE_PER_HOUR,
  type RequestStatus,
} from '@/lib/domain/replication-requests';
import { addressHash } from '@/lib/notices/objections';
import { refuse, type Outcome } from '@/lib/outcome';
import { currentActor } from './living-actor';

const CHECK_FIELDS = 'Vui lòng kiểm tra các ô được đánh dấu.';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .-]{9,15}$/;
const HOUR = 3_600_000;

const text = (label: string, max: number, { multiline = false, required = true } = {}) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .refine((s) => !required || s.length > 0, `Vui lòng nhập ${label}.`)
    .refine((s) => s.length <= max, `${label[0]!.toUpperCase()}${label.slice(1)} không được dài quá ${max.toLocaleString('vi-VN')} ký tự.`)
    .refine((s) => !hasControlChars(s, { multiline }), controlCharsMessage(`${label[0]!.toUpperCase()}${label.slice(1)}`));

export const requestSchema = z
  .object({
    name: text('họ và tên', 120),
    phone: text('số điện thoại', 20, { required: false }).refine(
      (s) => !s || (PHONE.test(s) && s.replace(/\D/g, '').length >= 9),
      'Số điện thoại chưa đúng: gồm 9 đến 15 chữ số, ví dụ 0912 345 678.',
    ),
    email: text('email', 120, { required: false }).refine((s) => !s || EMAIL.test(s), 'Email chưa đúng, ví dụ ten@example.vn.'),
    communeTree: z.enum(['2024', '2025'], { error: 'Vui lòng chọn xã, phường.' }),
    communeCode: z
      .string()
      .trim()
      .regex(/^\d{5}$/, 'Vui lòng chọn xã, phường nơi bạn sinh sống, làm việc.'),
    message: text('nội dung đăng ký', REQUEST_MESSAGE_MAX_CHARS, { multiline: true }),
  })
  .refine((v) => v.phone || v.email, { path: ['phone'], message: 'Vui lòng nhập số điện thoại hoặc email để đơn vị liên hệ với bạn.' });

export type RequestResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; limited?: boolean };

/**
 * Someone asks to learn from a published example. A citizen needs no account; a signed-in unit member's
 * request is recorded as their unit. Refused beyond the rate limits; a filled honeypot is thanked and dropped.
 */
export async function submitReplicationRequest(
  db: Db,
  input: { exampleId: string; raw: Record<string, string>; honeypot: string; actor: SessionUser | null; address: string | null; salt: string; now: Date },
): Promise<RequestResult> {
  if (input.honeypot.trim()) return { ok: true };
  const example = isUuid(input.exampleId) ? await getPublishedExampleRef(db, { id: input.exampleId }) : null;
  if (!example) return { ok: false, message: 'Điển hình này không còn được công bố.', notFound: true };
  const unitId = isUnitMember(input.actor) ? input.actor.unitId : null;
  if (unitId !== null && unitId === example.unitId) return { ok: false, message: 'Đây là điển hình do chính đơn vị bạn giới thiệu.' };
  // A unit member may leave name and contact empty: the account's own are used.
  const raw = unitId !== null && input.actor ? withAccountDefaults(input.raw, input.actor) : input.raw;
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: fieldErrorsOf(parsed.error) };
  const { communeTree, communeCode } = parsed.data;
  const commune = await getAdminUnit(db, { tree: communeTree, code: communeCode });
  if (!commune || commune.level !== (communeTree === '2024' ? 3 : 2))
    return { ok: false, message: CHECK_FIELDS, fieldErrors: { communeCode: 'Không tìm thấy xã, phường có mã này.' } };
  const since = new Date(input.now.getTime() - HOUR);
  const hash = addressHash(input.address, input.salt);
  if (hash && (await countRequestsFromAddress(db, { addressHash: hash, since })) >= REQUESTS_PER_ADDRESS_PER_HOUR)
    return { ok: false, message: 'Bạn đã gửi nhiều đăng ký trong một giờ qua. Vui lòng thử lại sau.', limited: true };
  if ((await countRecentRequestsFor(db, { nominationId: example.id, since })) >= REQUESTS_PER_EXAMPLE_PER_HOUR)
    return { ok: false, message: 'Điển hình này vừa nhận rất nhiều đăng ký. Vui lòng thử lại sau ít phút.', limited: true };
  await db.transaction(async (tx) => {
    await insertReplicationRequest(tx, {
      nominationId: example.id,
      requesterKind: unitId === null ? 'citizen' : 'unit',
      requestingUnitId: unitId,
      requestedBy: unitId === null ? null : input.actor!.id,
      name: parsed.data.name,
      phone: parsed.data.phone || null,
      email: parsed.data.email || null,
      communeTree,
      communeCode,
      message: parsed.data.message,
      addressHash: hash,
      // The rate limits count from the same clock they are checked against.
      createdAt: input.now,
    });
    await recordNotifications(tx, { nominationId: example.id, eventId: null, kind: 'replication_request', actorId: input.actor?.id ?? '' });
  });
  return { ok: true };
}

function withAccountDefaults(raw: Record<string, string>, actor: SessionUser): Record<string, string> {
  const noContact = !raw.phone?.trim() && !raw.email?.trim();
  return { ...raw, name: raw.name?.trim() ? raw.name : actor.name, email: noContact ? actor.email : (raw.email ?? '') };
}

const moveSchema = z.object({
  requestId: z.string().refine(isUuid, 'Không tìm thấy đăng ký này.'),
  expected: z.enum(REQUEST_STATUSES),
  to: z.enum(REQUEST_STATUSES, { error: 'Vui lòng chọn trạng thái mới.' }),
  replicatedNominationId: z
    .string()
    .optional()
    .transform((s) => (s ? s : null))
    .refine((s) => s === null || isUuid(s), 'Vui lòng chọn hồ sơ nhân rộng.'),
});

/** The owning unit moves a request one or more steps forward; two tabs moving the same request: the first wins. */
export async function moveReplicationRequest(db: Db, actor: SessionUser, raw: unknown): Promise<Outcome<{ nominationId: string; to: RequestStatus }>> {
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) return refuse(CHECK_FIELDS, fieldErrorsOf(parsed.error));
  const { requestId, expected, to, replicatedNominationId } = parsed.data;
  const outcome = await applyRequestMove(db, {
    requestId,
    expected,
    to,
    actorId: actor.id,
    replicatedNominationId,
    authorize: async (tx, example) => {
      const who = await currentActor(tx, actor);
      return Boolean(who && canMoveReplicationRequest(who, example));
    },
  });
  switch (outcome.status) {
    case 'ok':
      return { ok: true, value: { nominationId: outcome.nominationId, to } };
    case 'not_found':
      return refuse('Không tìm thấy đăng ký này trong các điển hình của đơn vị bạn.');
    case 'conflict':
      return refuse(`Đăng ký này vừa được chuyển sang “${REQUEST_STATUS_LABELS[outcome.current]}” (có thể ở một cửa sổ khác). Trang đã được cập nhật.`);
    case 'invalid_move':
      return refuse(`Không thể chuyển từ “${REQUEST_STATUS_LABELS[expected]}” sang “${REQUEST_STATUS_LABELS[to]}”: trạng thái chỉ đi tiếp, không quay lại.`);
    case 'not_in_lineage':
      return refuse('Vui lòng chọn hồ sơ nhân rộng từ điển hình này (hồ sơ ghi “nhân rộng từ” điển hình này).', {
        replicatedNominationId: 'Vui lòng chọn hồ sơ nhân rộng từ điển hình này.',
      });
  }
}
