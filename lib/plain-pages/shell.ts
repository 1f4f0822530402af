/** The links a page's head takes from the build (stylesheet, icon), as Next wrote them. */
export interface PageShell {
  stylesheets: string[];
  icon: { href: string; type?: string; sizes?: string } | null;
}

function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'));
  return match ? match[1]!.replace(/&amp;/g, '&') : undefined;
}

/**
 * The stylesheet and icon links of a page Next rendered in this build. Their names carry the build's
 * content hashes, which only Next's output states plainly; a plain page links the same files.
 */
export function readShell(html: string): PageShell | null {
  const head = html.slice(0, html.indexOf('</head>') === -1 ? 0 : html.indexOf('</head>'));
  const links = head.match(/<link\b[^>]*>/gi) ?? [];
  const stylesheets = links
    .filter((tag) => attribute(tag, 'rel') === 'stylesheet')
    .map((tag) => attribute(tag, 'href'))
    .filter((href): href is string => Boolean(href?.startsWith('/')));
  if (stylesheets.length === 0) return null;
  const iconTag = links.find((tag) => attribute(tag, 'rel') === 'icon');
  const iconHref = iconTag ? attribute(iconTag, 'href') : undefined;
  return {
    stylesheets,
    icon: iconTag && iconHref ? { href: iconHref, type: attribute(iconTag, 'type'), sizes: attribute(iconTag, 'sizes') } : null,
  };
}
