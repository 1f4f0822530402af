import { describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

/** The text an element tree shows, without rendering it (next/link needs no router this way). */
function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node.props as { children?: unknown }).children);
  return '';
}

// A public page's RSC payload holds the frame once for the page and again in the root not-found and
// forbidden boundaries. React writes an element object it has already written as a reference, so the
// anonymous header and the footer must be the very same object each time (docs/render-profile.md).
describe('the site frame', () => {
  it('draws the same anonymous header element every time', () => {
    expect(SiteHeader({})).toBe(SiteHeader({ user: null }));
  });

  it('draws the same footer element every time', () => {
    expect(SiteFooter()).toBe(SiteFooter());
  });

  it('still draws a signed-in header of its own, with the name', () => {
    const user = { name: 'Nguyễn Văn An', homePath: '/nominations' };
    const header = SiteHeader({ user });
    expect(header).not.toBe(SiteHeader({}));
    expect(textOf(header)).toContain('Nguyễn Văn An');
    expect(textOf(SiteHeader({}))).toContain('Đăng nhập');
  });
});
