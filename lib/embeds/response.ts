import 'server-only';
import { getCampaignEmbed, getCommuneEmbed } from '@/db/queries/embeds';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { SITE_NAME, siteUrl } from '@/lib/site';
import { escapeHtml, renderEmbedPage } from './html';
import { EMBED_TEXT } from './messages';

const COMMUNE_CODE = /^(?:(2024|2025)-)?(\d{5})$/;
const SLUG = /^[a-z0-9-]{1,80}$/;

// No cookie is ever set here, so the page cache keeps these for every portal's visitors alike.
function html(status: number, body: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}

function notFound(): Response {
  return html(
    404,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escapeHtml(SITE_NAME)}</title></head><body><main><p>${EMBED_TEXT.notFound}</p></main></body></html>`,
  );
}

/** `/embed/communes/[code]`: the newest examples of a commune, for a frame on a portal. */
export async function communeEmbedResponse(param: string): Promise<Response> {
  const match = COMMUNE_CODE.exec(param);
  if (!match) return notFound();
  const code = match[2]!;
  const trees: AdminTree[] = match[1] ? [match[1] as AdminTree] : ['2025', '2024'];
  const list = await cachedPublicData(publicCacheKey('embed-commune', { trees, code }), (db) => getCommuneEmbed(db, { trees, code }));
  if (!list) return notFound();
  const site = siteUrl();
  return html(
    200,
    renderEmbedPage({
      title: `${EMBED_TEXT.communeTitle(list.name)} — ${SITE_NAME}`,
      heading: EMBED_TEXT.communeHeading(list.name),
      context: [list.context, EMBED_TEXT.approved(list.total)].filter(Boolean).join(' · '),
      items: list.items,
      more: list.total > 0 ? { href: `${site}/communes/${list.tree === '2024' ? `2024-${code}` : code}`, label: EMBED_TEXT.seeAllCommune(list.total) } : null,
      site,
    }),
  );
}

/** `/embed/campaigns/[slug]`: the newest examples of a campaign, for a frame on a district's portal. */
export async function campaignEmbedResponse(slug: string): Promise<Response> {
  if (!SLUG.test(slug)) return notFound();
  const list = await cachedPublicData(publicCacheKey('embed-campaign', { slug }), (db) => getCampaignEmbed(db, { slug }));
  if (!list) return notFound();
  const site = siteUrl();
  return html(
    200,
    renderEmbedPage({
      title: `${list.name} — ${SITE_NAME}`,
      heading: list.name,
      context: `${list.context} · ${EMBED_TEXT.approved(list.total)}`,
      items: list.items,
      more: list.total > 0 ? { href: `${site}/examples?campaign=${slug}`, label: EMBED_TEXT.seeAllCampaign(list.total) } : null,
      site,
    }),
  );
}
