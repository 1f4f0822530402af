import 'server-only';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { deleteSupport, getSupportNomination, insertSupport, lockNominationFacts } from '@/db/queries/example-support';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { canRecordSupport } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { todayInVietnam } from '@/lib/domain/dates';
import { SUPPORT_EARLIEST_YEAR, SUPPORT_FORMS, SUPPORT_MAX_VND, SUPPORT_PROVIDER_MAX_CHARS, formatVnd } from '@/lib/domain/example-support';
import { isUuid } from '@/lib/domain/ids';
import { refuse, type Outcome } from '@/lib/outcome';
import { currentActor } from './living-actor';

const NOT_YOURS = 'Không tìm thấy điển hình đã công nhận mà bạn được ghi nhận hỗ trợ.';
const CHECK_FIELDS = 'Vui lòng kiểm tra các ô được đánh dấu.';

/** Digits with the separators people type (1.500.000, 1 500 000); anything else is not an amount. */
const AMOUNT = /^\d{1,3}([. ]?\d{3})*$/;

/** YYYY-MM-DD naming a real day: JavaScript would read 30/02 as 02/03. */
function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === s;
}

function supportSchema(today: string) {
  return z.object({
    date: z
      .string()
      .trim()
      .refine(isCalendarDate, 'Vui lòng chọn ngày hỗ trợ hợp lệ.')
      .refine((s) => s <= today, 'Ngày hỗ trợ không được sau ngày hôm nay.')
      .refine((s) => Number(s.slice(0, 4)) >= SUPPORT_EARLIEST_YEAR, `Ngày hỗ trợ phải từ năm ${SUPPORT_EARLIEST_YEAR} trở đi.`),
    form: z.enum(SUPPORT_FORMS, { error: 'Vui lòng chọn hình thức hỗ trợ.' }),
    provider: z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .refine((s) => s.length > 0, 'Vui lòng nhập đơn vị hỗ trợ.')
      .refine((s) => s.length <= SUPPORT_PROVIDER_MAX_CHARS, `Đơn vị hỗ trợ không được dài quá ${SUPPORT_PROVIDER_MAX_CHARS} ký tự.`)
      .refine((s) => !hasControlChars(s), controlCharsMessage('Đơn vị hỗ trợ')),
    amountVnd: z
      .string()
      .trim()
      .refine((s) => s.length > 0, 'Vui lòng nhập số tiền (ghi 0 nếu hỗ trợ không quy ra tiền).')
      .refine((s) => AMOUNT.test(s), 'Số tiền chỉ gồm chữ số, ví dụ 15.000.000.')
      .transform((s) => Number(s.replace(/[. ]/g, '')))
      .refine((n) => n <= SUPPORT_MAX_VND, `Số tiền không được vượt quá ${formatVnd(SUPPORT_MAX_VND)}; vui lòng kiểm tra lại số chữ số 0.`),
  });
}

/**
 * Records one support row on an approved example. The permission is decided and the row written in one
 * transaction holding the nomination's row (and the actor's): an unpublish or a scope change waits or wins.
 */
export async function recordSupport(db: Db, actor: SessionUser, input: { nominationId: string; raw: unknown; now: Date }): Promise<Outcome<{ id: string }>> {
  if (!isUuid(input.nominationId)) return refuse(NOT_YOURS);
  const parsed = supportSchema(todayInVietnam(input.now)).safeParse(input.raw);
  return db.transaction(async (tx) => {
    const row = await lockNominationFacts(tx, { id: input.nominationId, mode: 'share' });
    const who = await currentActor(tx, actor);
    if (!row || !who || !canRecordSupport(who, row)) return refuse(NOT_YOURS);
    if (!parsed.success) return refuse(CHECK_FIELDS, fieldErrorsOf(parsed.error));
    const { date, ...rest } = parsed.data;
    const { id } = await insertSupport(tx, { nominationId: row.id, supportedOn: date, ...rest, recordedBy: who.id });
    return { ok: true, value: { id } };
  });
}

/** Removes a support row recorded by mistake; the same people may, under the same lock. */
export async function removeSupport(db: Db, actor: SessionUser, input: { supportId: string }): Promise<Outcome<{ nominationId: string }>> {
  const nominationId = isUuid(input.supportId) ? await getSupportNomination(db, { id: input.supportId }) : null;
  if (!nominationId) return refuse('Không tìm thấy mục hỗ trợ này; có thể đã được xoá.');
  return db.transaction(async (tx) => {
    const row = await lockNominationFacts(tx, { id: nominationId, mode: 'share' });
    const who = await currentActor(tx, actor);
    if (!row || !who || !canRecordSupport(who, row)) return refuse(NOT_YOURS);
    if (!(await deleteSupport(tx, { id: input.supportId, nominationId }))) return refuse('Không tìm thấy mục hỗ trợ này; có thể đã được xoá.');
    return { ok: true, value: { nominationId } };
  });
}
