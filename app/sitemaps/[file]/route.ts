import { exampleFileNumber, sitemapExamples, sitemapPages } from '@/lib/sitemap/files';
import { SITEMAP_HEADERS } from '@/lib/sitemap/xml';
import { siteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

function notFound() {
  return new Response('Không có tệp sơ đồ trang này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** `/sitemaps/pages.xml` and `/sitemaps/examples-N.xml`, the files `/sitemap.xml` lists. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'pages.xml') return new Response(await sitemapPages(siteUrl()), { headers: SITEMAP_HEADERS });
  const n = exampleFileNumber(file);
  const body = n === null ? null : await sitemapExamples(siteUrl(), n);
  return body === null ? notFound() : new Response(body, { headers: SITEMAP_HEADERS });
}
