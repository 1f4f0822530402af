import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { auditDenial, getCurrentUser } from '@/lib/auth/current-user';
import { AUTH_MESSAGES } from '@/lib/auth/messages';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { addAttachment } from '@/lib/nominations/attachments';
import { attachmentCaptionSchema } from '@/lib/nominations/schema';
import { UPLOAD_FORM_OVERHEAD_BYTES } from '@/lib/http-limits';
import { getStorage } from '@/lib/uploads';
import { DOCUMENT_MAX_BYTES, UPLOAD_MESSAGES } from '@/lib/uploads/limits';

const NO_STORE = { 'Cache-Control': 'no-store' };
const LENGTH_REQUIRED = 'Trình duyệt không cho biết kích thước tệp gửi lên. Vui lòng tải lại trang rồi gửi lại.';

function reply(status: number, body: Record<string, unknown>) {
  return Response.json(body, { status, headers: NO_STORE });
}

/** Upload one photo or document (a route handler, not an action, so the browser can show progress). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const h = await headers();
  if (!isSameOrigin(h)) return reply(403, { ok: false, message: AUTH_MESSAGES.foreignOrigin });
  const user = await getCurrentUser();
  if (!user) return reply(401, { ok: false, message: AUTH_MESSAGES.signInRequired });
  if (!canUseUnitWorkspace(user)) {
    await auditDenial(user, 'upload_attachment', { nominationId: id });
    return reply(403, { ok: false, message: AUTH_MESSAGES.forbidden });
  }
  // The body is read into memory: its size must be declared, and within the limit, before a byte is read.
  // (This route is left out of the proxy, whose copy would cut a large body silently.)
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared)) return reply(411, { ok: false, message: LENGTH_REQUIRED });
  if (Number(declared) > DOCUMENT_MAX_BYTES + UPLOAD_FORM_OVERHEAD_BYTES) return reply(413, { ok: false, message: UPLOAD_MESSAGES.pdfTooLarge });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return reply(400, { ok: false, message: 'Không đọc được tệp gửi lên. Vui lòng thử lại.' });
  }
  const file = form.get('file');
  const kind = form.get('kind') === 'document' ? 'document' : 'photo';
  if (!(file instanceof File) || file.size === 0) return reply(400, { ok: false, message: UPLOAD_MESSAGES.empty });
  const caption = attachmentCaptionSchema.safeParse(String(form.get('caption') ?? ''));
  if (!caption.success) return reply(400, { ok: false, message: caption.error.issues[0]!.message });
  const result = await addAttachment(getDb(), getStorage(), user, {
    nominationId: id,
    kind,
    bytes: new Uint8Array(await file.arrayBuffer()),
    originalName: file.name,
    caption: caption.data,
    isPublic: form.get('isPublic') === 'true',
  });
  if (!result.ok) return reply(result.notFound ? 404 : 400, { ok: false, message: result.message });
  return reply(201, { ok: true, id: result.value.id });
}
