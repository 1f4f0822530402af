import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { auditDenial, getCurrentUser } from '@/lib/auth/current-user';
import { canUseUnitWorkspace } from '@/lib/auth/permissions';
import { addUpdatePhoto } from '@/lib/examples/update-photos';
import { getStorage } from '@/lib/uploads';
import { backToDossier, readPhotoForm } from '@/lib/uploads/form-upload';
import { photoNoticeCode } from '@/lib/uploads/photo-notices';

const SECTION = 'cap-nhat';

/**
 * Adds a photo to the unit's pending update proposal from a plain form: it works without JavaScript
 * and answers with a redirect back to the dossier.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isSameOrigin(await headers())) return backToDossier(request, id, 'foreignOrigin', SECTION);
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL(`/login?next=/nominations/${encodeURIComponent(id)}`, request.url), 303);
  if (!canUseUnitWorkspace(user)) {
    await auditDenial(user, 'update_photo', { nominationId: id });
    return backToDossier(request, id, 'notYours', SECTION);
  }
  const read = await readPhotoForm(request);
  if (!read.ok) return backToDossier(request, id, read.code, SECTION);
  const result = await addUpdatePhoto(getDb(), getStorage(), user, {
    nominationId: id,
    updateId: String(read.form.get('updateId') ?? ''),
    bytes: new Uint8Array(await read.file.arrayBuffer()),
    originalName: read.file.name,
    caption: String(read.form.get('caption') ?? ''),
  });
  return backToDossier(request, id, result.ok ? 'added' : photoNoticeCode(result.message), SECTION);
}
