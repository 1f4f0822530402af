import 'server-only';
import { z } from 'zod';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import type { Db } from '@/db/client';
import { insertCommendation, type StoredScan } from '@/db/queries/commendations';
import { getNominationRecord } from '@/db/queries/nomination-record';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { canRecordCommendation, hasConflictOfInterest } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import { todayInVietnam } from '@/lib/domain/dates';
import type { FileStorage } from '@/lib/domain/file-storage';
import { checkPdf } from '@/lib/uploads/pdf';
import { removeStored, storeDocument } from '@/lib/uploads/save';
import { REFUSAL_MESSAGES, REVIEW_MESSAGES } from './messages';

export const COMMENDATION_FORMS = ['Giấy khen', 'Bằng khen', 'Biểu dương', 'Kỷ niệm chương', 'Danh hiệu thi đua', 'Hình thức khác'] as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, `Vui lòng nhập ${label}.`)
        .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} không được dài quá ${max} ký tự.`)
        .refine((s) => !hasControlChars(s), controlCharsMessage(`${label[0]!.toUpperCase()}${label.slice(1)}`)),
    );

export const commendationSchema = z.strictObject({
  form: z.enum(COMMENDATION_FORMS, { error: 'Vui lòng chọn hình thức khen thưởng.' }),
  issuer: text('cơ quan ban hành', 200),
  decisionNumber: text('số quyết định', 60),
  decisionDate: z
    .string({ error: 'Vui lòng nhập ngày quyết định.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày quyết định không hợp lệ.')
    .refine((d) => !Number.isNaN(Date.parse(d)), 'Ngày quyết định không hợp lệ.')
    .refine((d) => d <= todayInVietnam(), 'Ngày quyết định không được ở tương lai.'),
});

export type CommendationResult = { ok: true; id: string } | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean };

/** Records a commendation on an approved example; the scan of the decision, if any, stays private. */
export async function recordCommendation(
  db: Db,
  storage: FileStorage,
  actor: SessionUser,
  input: { id: string; raw: unknown; scan: { bytes: Uint8Array; name: string } | null },
): Promise<CommendationResult> {
  const row = await getNominationRecord(db, { id: input.id });
  if (!row) return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  if (!canRecordCommendation(actor, row)) {
    const message =
      row.status !== 'approved'
        ? 'Chỉ ghi nhận khen thưởng cho điển hình đã được công nhận.'
        : hasConflictOfInterest(actor, row)
          ? REFUSAL_MESSAGES.own_unit_commendation
          : 'Bạn không có quyền ghi nhận khen thưởng cho điển hình này.';
    return { ok: false, message };
  }
  const parsed = commendationSchema.safeParse(input.raw);
  if (!parsed.success) return { ok: false, message: 'Vui lòng kiểm tra các ô được đánh dấu.', fieldErrors: fieldErrorsOf(parsed.error) };
  let scan: StoredScan | null = null;
  if (input.scan) {
    const pdf = checkPdf(input.scan.bytes);
    if (!pdf.ok) return { ok: false, message: pdf.message, fieldErrors: { scan: pdf.message } };
    const { storageKey } = await storeDocument(storage, input.scan.bytes);
    scan = { storageKey, originalName: input.scan.name.normalize('NFC').slice(0, 200) || 'quyet-dinh.pdf', bytes: input.scan.bytes.length, sha256: pdf.sha256 };
  }
  try {
    const saved = await insertCommendation(db, { nominationId: row.id, actorId: actor.id, values: parsed.data, scan });
    return { ok: true, id: saved.id };
  } catch (error) {
    await removeStored(storage, [scan?.storageKey ?? null]);
    throw error;
  }
}
