import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { findSlugRedirect } from '@/db/queries/example-versions';
import { isSlug } from '@/lib/domain/ids';
import { getFactSheet } from '@/lib/fact-sheet/fact-sheet';
import { attachmentDisposition } from '@/lib/http';
import { siteUrl } from '@/lib/site';
import { getStorage } from '@/lib/uploads';

export const dynamic = 'force-dynamic';

const BUSY = 'Máy chủ đang tạo nhiều phiếu thông tin cùng lúc. Vui lòng thử lại sau vài giây.';
const NOT_FOUND = 'Không tìm thấy điển hình này hoặc điển hình chưa được công bố, nên không có phiếu thông tin.';

/** The A4 fact sheet of a published example (lib/fact-sheet), made once per version of what it prints. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const sheet = isSlug(slug) ? await getFactSheet({ load: cachedPublicData, storage: getStorage(), base: siteUrl() }, slug) : null;
  if (sheet === 'busy') {
    return new Response(BUSY, { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5' } });
  }
  if (!sheet) {
    // An old slug (the title changed in an approved update) moves for good, as the page does.
    const moved = isSlug(slug) ? await cachedPublicData(publicCacheKey('slug-redirect', { slug }), (db) => findSlugRedirect(db, { slug })) : null;
    if (moved) return new Response(null, { status: 301, headers: { Location: `${siteUrl()}/examples/${moved}/fact-sheet.pdf` } });
    return new Response(NOT_FOUND, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return new Response(new Uint8Array(sheet.pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(sheet.pdf.byteLength),
      'Content-Disposition': attachmentDisposition(`phieu-thong-tin-${sheet.slug}.pdf`, `Phiếu thông tin - ${sheet.title}.pdf`),
      // Short, as for photos: an unpublished example's sheet must not live on in shared caches.
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'x-gs-fact-sheet': sheet.fromCache ? 'hit' : 'miss',
    },
  });
}
