import type { Metadata, Viewport } from 'next';
import type { PageShell } from '@/lib/plain-pages/shell';

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value instanceof URL) return value.href;
  return null;
}

function titleOf(page: Metadata, root: Metadata): string {
  const own = text(page.title);
  const rootTitle = root.title;
  if (rootTitle && typeof rootTitle === 'object' && 'template' in rootTitle) {
    return own ? (rootTitle.template ?? '%s').replace('%s', own) : 'default' in rootTitle ? rootTitle.default : '';
  }
  return own ?? text(rootTitle) ?? '';
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function imageUrl(image: unknown): string | null {
  return text(image) ?? (image && typeof image === 'object' && 'url' in image ? text(image.url) : null);
}

/**
 * The `<head>` Next writes for a page's metadata, for the fields the public pages use, in Next's order;
 * React hoists these into the document's head (scripts/plain-pages.tsx); e2e/plain-pages.spec.ts compares it
 * with Next's own.
 */
export function PageHead({ page, root, viewport, shell }: { page: Metadata; root: Metadata; viewport: Viewport; shell: PageShell }) {
  const og = (page.openGraph ?? {}) as Record<string, unknown>;
  const twitter = (page.twitter ?? {}) as Record<string, unknown>;
  const description = page.description ?? root.description;
  const canonical = text(page.alternates?.canonical);
  const meta: [string, string, string][] = [];
  const add = (kind: 'property' | 'name') => (name: string, value: unknown) => {
    const v = text(value);
    if (v) meta.push([kind, name, v]);
  };
  const property = add('property');
  const named = add('name');
  property('og:title', og.title);
  property('og:description', og.description);
  property('og:url', og.url);
  property('og:locale', og.locale);
  list(og.images).forEach((image) => property('og:image', imageUrl(image)));
  property('og:type', og.type);
  named('twitter:card', twitter.card);
  named('twitter:title', twitter.title);
  named('twitter:description', twitter.description);
  list(twitter.images).forEach((image) => named('twitter:image', imageUrl(image)));
  const scale = viewport.initialScale === undefined ? '' : `, initial-scale=${viewport.initialScale}`;
  return (
    <>
      <meta charSet="utf-8" />
      <meta name="viewport" content={`width=${viewport.width ?? 'device-width'}${scale}`} />
      {shell.stylesheets.map((href) => (
        <link key={href} rel="stylesheet" href={href} precedence="next" />
      ))}
      {typeof viewport.themeColor === 'string' && <meta name="theme-color" content={viewport.themeColor} />}
      <title>{titleOf(page, root)}</title>
      {description && <meta name="description" content={description} />}
      {canonical && <link rel="canonical" href={canonical} />}
      {meta.map(([kind, name, content], i) =>
        kind === 'property' ? <meta key={i} property={name} content={content} /> : <meta key={i} name={name} content={content} />,
      )}
      {shell.icon && <link rel="icon" href={shell.icon.href} sizes={shell.icon.sizes} type={shell.icon.type} />}
    </>
  );
}
