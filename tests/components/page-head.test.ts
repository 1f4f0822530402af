import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PageHead } from '@/components/layout/page-head';

const root = { title: { default: 'Gương sáng — Không để ai bị bỏ lại phía sau', template: '%s · Gương sáng' }, description: 'Các gương điển hình.' };
const viewport = { width: 'device-width', initialScale: 1, themeColor: '#9a1b12' };
const shell = { stylesheets: ['/_next/static/chunks/a.css'], icon: { href: '/icon.svg?v1', sizes: 'any', type: 'image/svg+xml' } };

function head(page: object): string {
  return renderToStaticMarkup(createElement('html', null, createElement('body', null, createElement(PageHead, { page, root, viewport, shell }))));
}

describe("a plain page's head", () => {
  it("writes the page's metadata in the root layout's title template, with the build's stylesheet and icon", () => {
    const html = head({
      title: 'Ngân hàng bò',
      description: 'Mười hai con bò cái luân chuyển.',
      alternates: { canonical: 'https://guongsang.vn/examples/ngan-hang-bo' },
      openGraph: {
        type: 'article',
        title: 'Ngân hàng bò',
        url: 'https://guongsang.vn/examples/ngan-hang-bo',
        locale: 'vi_VN',
        images: ['https://guongsang.vn/files/1'],
      },
      twitter: { card: 'summary_large_image', title: 'Ngân hàng bò', images: ['https://guongsang.vn/files/1'] },
    });
    expect(html).toContain('<title>Ngân hàng bò · Gương sáng</title>');
    expect(html).toContain('<meta name="description" content="Mười hai con bò cái luân chuyển."/>');
    expect(html).toContain('<link rel="canonical" href="https://guongsang.vn/examples/ngan-hang-bo"/>');
    expect(html).toContain('<meta property="og:image" content="https://guongsang.vn/files/1"/>');
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    expect(html).toContain('<meta name="theme-color" content="#9a1b12"/>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="icon" href="/icon.svg?v1" sizes="any" type="image/svg+xml"/>');
    // Open Graph in Next's order: title, description, url, locale, image, type.
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('og:url'));
    expect(html.indexOf('og:image')).toBeLessThan(html.indexOf('og:type'));
  });

  it("falls back to the root layout's title and description", () => {
    const html = head({});
    expect(html).toContain('<title>Gương sáng — Không để ai bị bỏ lại phía sau</title>');
    expect(html).toContain('<meta name="description" content="Các gương điển hình."/>');
    expect(html).not.toContain('canonical');
    expect(html).not.toContain('og:');
  });
});
