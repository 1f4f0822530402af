import { siteUrl } from '@/lib/site';
import { escapeHtml } from './html';

/**
 * The HTML a portal pastes in. The frame is sandboxed without scripts (the list has none) and may open the
 * full pages in new tabs, which then run as ordinary pages.
 */
export function embedSnippet({ path, title }: { path: string; title: string }): string {
  const src = `${siteUrl()}${path}`;
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="520" style="border:0;max-width:480px" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}
