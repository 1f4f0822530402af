import 'server-only';
import { UPLOAD_FORM_OVERHEAD_BYTES } from '@/lib/http-limits';
import { PHOTO_MAX_BYTES } from './limits';
import type { PhotoNoticeCode } from './photo-notices';

export type PhotoForm = { ok: true; form: FormData; file: File } | { ok: false; code: PhotoNoticeCode };

/**
 * One photo posted by a plain form (no JavaScript needed). The body is read into memory, so its size
 * must be declared and within the photo limit before a byte is read; these routes bypass the proxy,
 * whose copy would cut a large body silently.
 */
export async function readPhotoForm(request: Request): Promise<PhotoForm> {
  const declared = request.headers.get('content-length');
  if (declared === null || !/^\d+$/.test(declared)) return { ok: false, code: 'lengthRequired' };
  if (Number(declared) > PHOTO_MAX_BYTES + UPLOAD_FORM_OVERHEAD_BYTES) return { ok: false, code: 'photoTooLarge' };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { ok: false, code: 'unreadable' };
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, code: 'empty' };
  return { ok: true, form, file };
}

/** Back to the dossier's section, with the outcome as a code (see photo-notices.ts). */
export function backToDossier(request: Request, nominationId: string, code: PhotoNoticeCode, section: string): Response {
  const url = new URL(`/nominations/${encodeURIComponent(nominationId)}`, request.url);
  url.searchParams.set('photo', code);
  url.hash = section;
  return new Response(null, { status: 303, headers: { Location: `${url.pathname}${url.search}${url.hash}`, 'Cache-Control': 'no-store' } });
}
