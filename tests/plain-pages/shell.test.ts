import { describe, expect, it } from 'vitest';
import { readShell } from '@/lib/plain-pages/shell';

describe("the shell read from Next's page", () => {
  it("takes the build's stylesheets and icon from the head, not from the body", () => {
    const html =
      '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><link rel="preload" as="image" imageSrcSet="/files/a 480w"/>' +
      '<link rel="stylesheet" href="/_next/static/chunks/0psdfxijk_3w-.css" nonce="abc" data-precedence="next"/>' +
      '<link rel="preload" as="script" href="/_next/static/chunks/310vm2bl3xxpt.js"/>' +
      '<link rel="icon" href="/icon.svg?icon.3vj9p6780_mub.svg" sizes="any" type="image/svg+xml"/></head>' +
      '<body><link rel="stylesheet" href="/not-this.css"/></body></html>';
    expect(readShell(html)).toEqual({
      stylesheets: ['/_next/static/chunks/0psdfxijk_3w-.css'],
      icon: { href: '/icon.svg?icon.3vj9p6780_mub.svg', sizes: 'any', type: 'image/svg+xml' },
    });
  });

  it('is none when the page has no stylesheet of this site (an error page, another answer)', () => {
    expect(readShell('<html><head><title>x</title></head><body></body></html>')).toBeNull();
    expect(readShell('<link rel="stylesheet" href="https://elsewhere.example/a.css">')).toBeNull();
  });
});
