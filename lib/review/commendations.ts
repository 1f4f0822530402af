import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { attachments, commendations, nominations } from '@/db/schema';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import { canRecordCommendation } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/domain/actor';
import type { NominationStatus } from '@/lib/domain/vocabulary';
import { notifyForEvent } from '@/lib/notifications/notify';
import { todayInVietnam } from '@/lib/nominations/campaign-window';
import { checkPdf } from '@/lib/uploads/pdf';
import { removeStored, storeDocument } from '@/lib/uploads/save';
import type { FileStorage } from '@/lib/domain/file-storage';
import { REVIEW_MESSAGES } from './messages';

export const COMMENDATION_FORMS = ['Giấy khen', 'Bằng khen', 'Biểu dương', 'Kỷ niệm chương', 'Danh hiệu thi đua', 'Hình thức khác'] as const;

const text = (label: string, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, `Vui lòng nhập ${label}.`)
        .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} không được dài quá ${max} ký tự.`),
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
  if (!/^[0-9a-f-]{36}$/i.test(input.id)) return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  const [row] = await db.select().from(nominations).where(eq(nominations.id, input.id));
  if (!row) return { ok: false, message: REVIEW_MESSAGES.notFound, notFound: true };
  if (!canRecordCommendation(actor, { ...row, status: row.status as NominationStatus })) {
    return {
      ok: false,
      message:
        row.status === 'approved' ? 'Bạn không có quyền ghi nhận khen thưởng cho điển hình này.' : 'Chỉ ghi nhận khen thưởng cho điển hình đã được công nhận.',
    };
  }
  const parsed = commendationSchema.safeParse(input.raw);
  if (!parsed.success) return { ok: false, message: 'Vui lòng kiểm tra các ô được đánh dấu.', fieldErrors: fieldErrorsOf(parsed.error) };
  let stored: string | null = null;
  let sha256 = '';
  if (input.scan) {
    const pdf = await checkPdf(input.scan.bytes);
    if (!pdf.ok) return { ok: false, message: pdf.message, fieldErrors: { scan: pdf.message } };
    sha256 = pdf.sha256;
    stored = (await storeDocument(storage, input.scan.bytes)).storageKey;
  }
  try {
    return await db.transaction(async (tx) => {
      let documentId: string | null = null;
      if (stored && input.scan) {
        const [doc] = await tx
          .insert(attachments)
          .values({
            nominationId: row.id,
            kind: 'document',
            storageKey: stored,
            originalName: input.scan.name.normalize('NFC').slice(0, 200) || 'quyet-dinh.pdf',
            mime: 'application/pdf',
            bytes: input.scan.bytes.length,
            sha256,
            caption: `Quyết định ${parsed.data.decisionNumber}`,
            isPublic: false,
            position: 1000,
          })
          .returning({ id: attachments.id });
        documentId = doc!.id;
      }
      const [saved] = await tx
        .insert(commendations)
        .values({ nominationId: row.id, ...parsed.data, documentId, createdBy: actor.id })
        .returning({ id: commendations.id });
      await notifyForEvent(tx, { nominationId: row.id, eventId: null, kind: 'commended', actorId: actor.id });
      return { ok: true as const, id: saved!.id };
    });
  } catch (error) {
    await removeStored(storage, [stored]);
    throw error;
  }
}
