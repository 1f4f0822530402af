import { stripForXml } from '@/lib/domain/control-chars';

/** The sitemap protocol's limits per file (sitemaps.org). */
export const SITEMAP_PROTOCOL_MAX_URLS = 50_000;
export const SITEMAP_PROTOCOL_MAX_BYTES = 50 * 1024 * 1024;
/**
 * Examples per sitemap file: far inside the protocol, and small enough (about 1.5 MB at the longest
 * addresses) for the page cache in front of Next to keep each file.
 */
export const SITEMAP_EXAMPLES_PER_FILE = 5_000;

export interface SitemapEntry {
  url: string;
  lastModified?: Date | null;
}

function escapeXml(text: string): string {
  return stripForXml(text).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

function entry(tag: 'url' | 'sitemap', { url, lastModified }: SitemapEntry): string {
  const modified = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
  return `<${tag}><loc>${escapeXml(url)}</loc>${modified}</${tag}>`;
}

export function buildUrlSet(entries: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => entry('url', e)).join('\n')}
</urlset>
`;
}

export function buildSitemapIndex(entries: SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => entry('sitemap', e)).join('\n')}
</sitemapindex>
`;
}

/** A path segment as a URL carries it, whatever a stored slug holds. */
export const segment = (value: string) => encodeURIComponent(value);

export const SITEMAP_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' };
