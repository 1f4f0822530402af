import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/index';
import { guardAction } from '@/lib/auth/action-guard';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canUseReviewQueue } from '@/lib/auth/permissions';
import { UPLOAD_FORM_OVERHEAD_BYTES } from '@/lib/http-limits';
import type { ActionState } from '@/lib/outcome';
import { recordCommendation } from '@/lib/review/commendations';
import { getStorage } from '@/lib/uploads';
import { DOCUMENT_MAX_BYTES, UPLOAD_MESSAGES } from '@/lib/uploads/limits';

const NO_STORE = { 'Cache-Control': 'no-store' };
const SAVED = 'Đã ghi nhận khen thưởng; trang công khai của điển hình đã hiển thị.';
const LENGTH_REQUIRED = 'Trình duyệt không cho biết kích thước tệp gửi lên. Vui lòng tải lại trang rồi gửi lại.';
const UNREADABLE = 'Không đọc được biểu mẫu gửi lên. Vui lòng thử lại.';

/**
 * Records a commendation, with the scan of its decision (PDF ≤ 20 MB). A route handler, not a server
 * action, so that actions keep a 1 MB body limit. Script sends `Accept: application/json` and gets the
 * form's state back; a form posted without script is sent back to the review page with the outcome.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const json = (request.headers.get('accept') ?? '').includes('application/json');
  const reply = (status: number, state: ActionState) => {
    if (json) return Response.json(state, { status, headers: NO_STORE });
    const outcome = state.status === 'ok' ? 'da-ghi' : 'loi';
    return new Response(null, { status: 303, headers: { ...NO_STORE, Location: `/review/${encodeURIComponent(id)}?khen-thuong=${outcome}#khen-thuong` } });
  };
  const refuse = (status: number, message: string, fieldErrors: Record<string, string> = {}, values?: Record<string, string>) =>
    reply(status, { status: 'invalid', message, fieldErrors, ...(values ? { values } : {}) });

  const guard = await guardAction('record_commendation', canUseReviewQueue);
  if (!guard.ok) return refuse(guard.message === AUTH_MESSAGES.signInRequired ? 401 : 403, guard.message);
  // The body is read into memory: its size is known, and bounded, before a byte of it is.
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared)) return refuse(411, LENGTH_REQUIRED);
  if (Number(declared) > DOCUMENT_MAX_BYTES + UPLOAD_FORM_OVERHEAD_BYTES)
    return refuse(413, UPLOAD_MESSAGES.pdfTooLarge, { scan: UPLOAD_MESSAGES.pdfTooLarge });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, UNREADABLE);
  }
  const values = {
    form: String(form.get('form') ?? ''),
    issuer: String(form.get('issuer') ?? ''),
    decisionNumber: String(form.get('decisionNumber') ?? ''),
    decisionDate: String(form.get('decisionDate') ?? ''),
  };
  const file = form.get('scan');
  let scan: { bytes: Uint8Array; name: string } | null = null;
  if (file instanceof File && file.size > 0) {
    if (file.size > DOCUMENT_MAX_BYTES) return refuse(413, UPLOAD_MESSAGES.pdfTooLarge, { scan: UPLOAD_MESSAGES.pdfTooLarge }, values);
    scan = { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
  }
  const result = await recordCommendation(getDb(), getStorage(), guard.user, { id, raw: values, scan });
  if (!result.ok) return refuse(result.notFound ? 404 : 400, result.message, result.fieldErrors ?? {}, values);
  revalidatePath(`/review/${id}`);
  for (const path of ['/', '/examples', '/feed.xml', '/sitemap.xml']) revalidatePath(path);
  return reply(200, { status: 'ok', message: SAVED });
}
