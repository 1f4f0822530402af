import { getDb } from '@/db';
import { getPublicPhoto } from '@/db/queries/files';
import { getStorage } from '@/lib/uploads';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function notFound() {
  return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

// Signed-in access to private files (drafts, documents) comes with the nominations work;
// until then only public photos of published examples are served.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) return notFound();
  const photo = await getPublicPhoto(getDb(), { id });
  if (!photo) return notFound();
  const wantsThumb = new URL(request.url).searchParams.get('size') === 'thumb';
  const key = wantsThumb && photo.thumbnailKey ? photo.thumbnailKey : photo.storageKey;
  const bytes = await getStorage().get(key);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': photo.mime,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
      // Short: an unpublished example's photos must disappear soon from shared caches too.
      'Cache-Control': 'public, max-age=300',
    },
  });
}
