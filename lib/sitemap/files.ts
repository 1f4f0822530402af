import 'server-only';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { listNotices } from '@/db/queries/notices';
import { listSitemapCommunes, listSitemapExampleFiles, listSitemapExamples } from '@/db/queries/sitemap';
import { buildSitemapIndex, buildUrlSet, segment, SITEMAP_EXAMPLES_PER_FILE, type SitemapEntry } from './xml';

/** "examples-3.xml" → 3; null for any other name. */
export function exampleFileNumber(name: string): number | null {
  const match = /^examples-([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** The index: one file of site pages and communes, then the files of examples. */
export async function sitemapIndex(base: string, pageSize = SITEMAP_EXAMPLES_PER_FILE): Promise<string> {
  const files = await cachedPublicData(publicCacheKey('sitemap-files', { pageSize }), (db) => listSitemapExampleFiles(db, { pageSize }));
  const newest = files.reduce<Date | null>((latest, f) => (!latest || f.lastModified > latest ? f.lastModified : latest), null);
  const entries: SitemapEntry[] = [
    { url: `${base}/sitemaps/pages.xml`, lastModified: newest },
    ...files.map((f) => ({ url: `${base}/sitemaps/examples-${f.file}.xml`, lastModified: f.lastModified })),
  ];
  return buildSitemapIndex(entries);
}

/** Dossiers in public notice listed in the sitemap; there are a handful at a time, never thousands. */
const SITEMAP_NOTICES = 1000;

/** Home, list, statistics, open data, the public notices, and every commune with a published example. */
export async function sitemapPages(base: string): Promise<string> {
  const [communes, notices] = await Promise.all([
    cachedPublicData(publicCacheKey('sitemap-communes'), (db) => listSitemapCommunes(db)),
    cachedPublicData(publicCacheKey('sitemap-notices'), (db) => listNotices(db, { limit: SITEMAP_NOTICES, offset: 0 })),
  ]);
  return buildUrlSet([
    { url: `${base}/` },
    { url: `${base}/examples` },
    { url: `${base}/notices` },
    ...notices.items.map((n) => ({ url: `${base}/notices/${n.id}`, lastModified: n.noticeStartsAt })),
    { url: `${base}/stats` },
    { url: `${base}/open-data` },
    ...communes.map((c) => ({ url: `${base}/communes/${segment(c.tree === '2024' ? `2024-${c.code}` : c.code)}`, lastModified: c.lastModified })),
  ]);
}

/** One file of examples, or null past the last one. */
export async function sitemapExamples(base: string, file: number, pageSize = SITEMAP_EXAMPLES_PER_FILE): Promise<string | null> {
  const rows = await cachedPublicData(publicCacheKey('sitemap-examples', { file, pageSize }), (db) => listSitemapExamples(db, { file, pageSize }));
  if (rows.length === 0 && file > 1) return null;
  return buildUrlSet(rows.map((r) => ({ url: `${base}/examples/${segment(r.slug)}`, lastModified: r.lastModified })));
}
