import { describe, expect, it } from 'vitest';
import { exampleLookupUrl, exampleValue, parseExampleMatches } from '@/components/nominations/example-lookup';

// The shape of toApiItem (lib/examples/api-shape.ts), trimmed to what the picker reads.
const API_ITEM = {
  slug: 'ngan-hang-bo-phu-nghia',
  title: 'Mô hình “Ngân hàng bò” xã Phú Nghĩa',
  nomineeKind: 'model',
  commune: { code: '25267', name: 'Xã Phú Nghĩa' },
  district: { code: '691', name: 'Huyện Bù Gia Mập' },
  province: { code: '70', name: 'Tỉnh Bình Phước' },
  year: 2024,
  url: 'https://example.test/examples/ngan-hang-bo-phu-nghia',
};
const ID = '0b5e3c4a-9f1d-4c2b-8a7e-1d2c3b4a5f60';

describe('parseExampleMatches', () => {
  it('reads the public API item, which carries a slug but no id', () => {
    expect(parseExampleMatches({ items: [API_ITEM], total: 1, nextCursor: null })).toEqual([
      { id: null, slug: 'ngan-hang-bo-phu-nghia', title: 'Mô hình “Ngân hàng bò” xã Phú Nghĩa', place: 'Xã Phú Nghĩa, Tỉnh Bình Phước', year: 2024 },
    ]);
  });

  it('keeps a well-formed id when the API gives one', () => {
    expect(parseExampleMatches({ items: [{ ...API_ITEM, id: ID.toUpperCase() }] })[0]!.id).toBe(ID);
    expect(parseExampleMatches({ items: [{ ...API_ITEM, id: '42' }] })[0]!.id).toBeNull();
  });

  it('copes with a missing place or year, and composes decomposed text', () => {
    const [match] = parseExampleMatches({ items: [{ slug: 'x', title: 'Nuôi bò'.normalize('NFD'), commune: null, province: null, year: '2024' }] });
    expect(match).toEqual({ id: null, slug: 'x', title: 'Nuôi bò', place: null, year: null });
    expect(parseExampleMatches({ items: [{ ...API_ITEM, province: null }] })[0]!.place).toBe('Xã Phú Nghĩa');
  });

  it('drops malformed items and refuses a body without items', () => {
    expect(
      parseExampleMatches({ items: [null, 'x', { ...API_ITEM, slug: '../admin' }, { ...API_ITEM, title: '  ' }, { ...API_ITEM, slug: undefined }, API_ITEM] }),
    ).toHaveLength(1);
    expect(() => parseExampleMatches({ error: { code: 'invalid_q' } })).toThrow();
    expect(() => parseExampleMatches(null)).toThrow();
  });
});

describe('exampleValue', () => {
  it('posts the id, and the slug only while the API has none', () => {
    expect(exampleValue({ id: ID, slug: 'a' })).toBe(ID);
    expect(exampleValue({ id: null, slug: 'a' })).toBe('a');
  });
});

describe('exampleLookupUrl', () => {
  it('asks for a short list of published examples', () => {
    expect(exampleLookupUrl('ngân hàng bò')).toBe('/api/v1/examples?q=ng%C3%A2n%20h%C3%A0ng%20b%C3%B2&limit=8');
  });
});
