import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/app/(auth)/login/return-path';

// What a browser does with each of these in a Location header decides whether it leaves the site:
// tabs and newlines are dropped, a backslash is read as a slash, "//x" is another host.
const REFUSED = [
  '/\t/evil.example',
  '/%09/evil.example',
  '/\n/evil.example',
  '/%0a/evil.example',
  '/%0D%0A/evil.example',
  '/\r/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '//evil.example',
  '//evil.example/review',
  '///evil.example',
  '/.//evil.example',
  '/a/..//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  '/review%5C..%5C..%5Cx',
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  '/%252F%252Fevil.example',
  '/%255Cevil.example',
  'https://evil.example',
  'HTTPS://evil.example/',
  'http:evil.example',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '/review\u0000',
  '/review\u007f',
  '/review\u0085',
  '/review%C2%85',
  '/review%00',
  '/review%E0%A4%A',
  '/login',
  '/login?next=/admin',
  '/',
  '',
  null,
  undefined,
  `/${'a'.repeat(600)}`,
];

describe('the return path after sign-in', () => {
  it.each(REFUSED)('refuses %j', (next) => {
    expect(safeReturnPath(next)).toBeNull();
  });

  it('keeps a path of this site with its query and fragment', () => {
    expect(safeReturnPath('/nominations?status=draft')).toBe('/nominations?status=draft');
    expect(safeReturnPath('/review/0b5f6a1e-9a43-4c59-9c3c-0c1b0e8f2a11#quyet-dinh')).toBe('/review/0b5f6a1e-9a43-4c59-9c3c-0c1b0e8f2a11#quyet-dinh');
    expect(safeReturnPath('/examples?q=B%C3%B9%20Gia%20M%E1%BA%ADp')).toBe('/examples?q=B%C3%B9%20Gia%20M%E1%BA%ADp');
  });

  it('gives back the normalised form of what it resolved, never the raw input', () => {
    expect(safeReturnPath('/review/../admin')).toBe('/admin');
    expect(safeReturnPath('/examples?q=bù gia mập')).toBe('/examples?q=b%C3%B9%20gia%20m%E1%BA%ADp');
  });
});
