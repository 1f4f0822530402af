import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { auditDenial, getCurrentUser } from '@/lib/auth/current-user';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { setFollowUpPhoto } from '@/lib/follow-ups/photo';
import { getStorage } from '@/lib/uploads';
import { backToDossier, readPhotoForm } from '@/lib/uploads/form-upload';
import { photoNoticeCode } from '@/lib/uploads/photo-notices';

const SECTION = 'theo-doi';

/** Sets the photo of a follow-up the unit filed and nobody confirmed yet, from a plain form (no JavaScript needed). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isSameOrigin(await headers())) return backToDossier(request, id, 'foreignOrigin', SECTION);
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL(`/login?next=/nominations/${encodeURIComponent(id)}`, request.url), 303);
  if (!canUseUnitWorkspace(user)) {
    await auditDenial(user, 'follow_up_photo', { nominationId: id });
    return backToDossier(request, id, 'notYours', SECTION);
  }
  const read = await readPhotoForm(request);
  if (!read.ok) return backToDossier(request, id, read.code, SECTION);
  const result = await setFollowUpPhoto(getDb(), getStorage(), user, {
    nominationId: id,
    followUpId: String(read.form.get('followUpId') ?? ''),
    bytes: new Uint8Array(await read.file.arrayBuffer()),
    originalName: read.file.name,
    caption: String(read.form.get('caption') ?? ''),
  });
  return backToDossier(request, id, result.ok ? 'added' : photoNoticeCode(result.message), SECTION);
}
