import { NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import type { EmbedItem } from '@/db/queries/embeds';
import { SITE_NAME } from '@/lib/site';
import { EMBED_TEXT } from './messages';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface EmbedPage {
  /** The document's title: what a screen reader announces for the frame's content. */
  title: string;
  heading: string;
  context: string;
  items: EmbedItem[];
  more: { href: string; label: string } | null;
  site: string;
}

// Small and self-contained: a portal's frame loads one request, no script, no font, no other file.
const STYLE = `*{box-sizing:border-box}html{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1c1917;background:#fff}
body{margin:0;padding:12px 14px}a{color:#8a1a10}a:focus-visible{outline:2px solid #8a1a10;outline-offset:2px}
.brand{margin:0;font-size:12px;font-weight:700;letter-spacing:.04em;text-transform:uppercase}.brand a{text-decoration:none}
h1{margin:4px 0 2px;font-size:17px;line-height:1.3}.context{margin:0 0 10px;color:#57534e;font-size:12.5px}
ul{margin:0;padding:0;list-style:none;border-top:1px solid #e7e5e4}li{padding:9px 0;border-bottom:1px solid #e7e5e4}
li a{font-weight:600;text-decoration:none}li a:hover,li a:focus{text-decoration:underline}
.meta{display:block;margin-top:2px;color:#57534e;font-size:12.5px}.more{margin:10px 0 0;font-size:13px}.none{color:#57534e}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/** A link out of the frame: the full page opens in a new tab, never inside the portal's frame. */
function outLink(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(text)}<span class="sr">${EMBED_TEXT.newTab}</span></a>`;
}

/** The whole document of an embeddable list: every piece of stored text escaped, nothing else inserted. */
export function renderEmbedPage(page: EmbedPage): string {
  const items = page.items
    .map((item) => {
      const meta = [NOMINEE_KIND_LABELS[item.nomineeKind], item.commune, String(item.year)].join(' · ');
      return `<li>${outLink(`${page.site}/examples/${item.slug}`, item.title)}<span class="meta">${escapeHtml(meta)}</span></li>`;
    })
    .join('');
  const list = page.items.length ? `<ul>${items}</ul>` : `<p class="none">${EMBED_TEXT.none}</p>`;
  const more = page.more ? `<p class="more">${outLink(page.more.href, page.more.label)}</p>` : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head><body><main><p class="brand">${outLink(page.site, SITE_NAME)}</p><h1>${escapeHtml(page.heading)}</h1><p class="context">${escapeHtml(page.context)}</p>${list}${more}</main></body></html>`;
}
