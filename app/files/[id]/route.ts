import { getDb } from '@/db';
import { getAttachmentWithNomination, getPublicPhoto } from '@/db/queries/files';
import { getCurrentUser } from '@/lib/auth/current-user';
import { canReviewNomination, canViewUnitNomination } from '@/lib/auth/permissions';
import { slugify } from '@/lib/domain/fold';
import { getStorage } from '@/lib/uploads';
import { isUuid } from '@/lib/domain/ids';

function notFound() {
  return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** "Báo cáo thành tích.pdf" → an ASCII fallback name and the UTF-8 original, never a path or a quote. */
function attachmentDisposition(name: string): string {
  const ascii = `${slugify(name.replace(/\.pdf$/i, '')) || 'tai-lieu'}.pdf`;
  const utf8 = encodeURIComponent(name.replace(/[\r\n"]/g, '').slice(0, 200));
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

async function serve(id: string, key: string, headers: Record<string, string>) {
  const bytes = await getStorage().get(key);
  if (!bytes) {
    // The row is there, its file is not: the visitor gets the same 404, the operator a line to act on.
    console.warn(`Tệp đính kèm ${id}: không có tệp ${key} trong kho lưu tệp; \`npm run storage:check\` liệt kê mọi tệp thiếu.`);
    return notFound();
  }
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Length': String(bytes.length), 'X-Content-Type-Options': 'nosniff', ...headers } });
}

/**
 * Public photos of published examples for everyone; any other file only to its unit, reviewers in
 * scope and admins. Whoever may not see a file is told it does not exist.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) return notFound();
  const wantsThumb = new URL(request.url).searchParams.get('size') === 'thumb';
  const photo = await getPublicPhoto(getDb(), { id });
  if (photo) {
    const key = wantsThumb && photo.thumbnailKey ? photo.thumbnailKey : photo.storageKey;
    // Short: an unpublished example's photos must disappear soon from shared caches too.
    return serve(id, key, { 'Content-Type': photo.mime, 'Content-Disposition': 'inline', 'Cache-Control': 'public, max-age=300' });
  }
  const file = await getAttachmentWithNomination(getDb(), { id });
  if (!file) return notFound();
  const user = await getCurrentUser();
  if (!canViewUnitNomination(user, file) && !canReviewNomination(user, file)) return notFound();
  const privateHeaders = { 'Cache-Control': 'private, no-store' };
  if (file.kind === 'document') {
    return serve(id, file.storageKey, {
      ...privateHeaders,
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachmentDisposition(file.originalName),
    });
  }
  const key = wantsThumb && file.thumbnailKey ? file.thumbnailKey : file.storageKey;
  return serve(id, key, { ...privateHeaders, 'Content-Type': file.mime, 'Content-Disposition': 'inline' });
}
