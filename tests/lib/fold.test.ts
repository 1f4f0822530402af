import { describe, expect, it } from 'vitest';
import { foldVietnamese, nfc, queryWords, slugify } from '@/lib/domain/fold';

describe('foldVietnamese', () => {
  it('removes tones and marks and lower-cases', () => {
    expect(foldVietnamese('Phú Nghĩa')).toBe('phu nghia');
    expect(foldVietnamese('BÙ GIA MẬP')).toBe('bu gia map');
  });

  it('treats đ and Đ as d', () => {
    expect(foldVietnamese('Đak Ơ')).toBe('dak o');
    expect(foldVietnamese('đường')).toBe('duong');
  });

  it('folds decomposed input the same as composed input', () => {
    const decomposed = 'Nghĩa'.normalize('NFD');
    expect(decomposed).not.toBe('Nghĩa');
    expect(foldVietnamese(decomposed)).toBe('nghia');
  });

  it('keeps UTF-16 positions aligned with the NFC text, emoji included', () => {
    const text = 'Mô hình 🐄 “Ngân hàng bò”';
    const folded = foldVietnamese(text);
    expect(folded.length).toBe(nfc(text).length);
    const at = folded.indexOf('ngan hang bo');
    expect(nfc(text).slice(at, at + 12)).toBe('Ngân hàng bò');
  });
});

describe('queryWords', () => {
  it('splits on punctuation and drops SQL-ish symbols', () => {
    expect(queryWords("ngân hàng bò'; DROP TABLE x;--")).toEqual(['ngan', 'hang', 'bo', 'drop', 'table', 'x']);
    expect(queryWords('%_%')).toEqual([]);
  });

  it('bounds the number of words and the input length', () => {
    expect(queryWords('a '.repeat(5000))).toHaveLength(8);
  });
});

describe('slugify', () => {
  it('makes readable ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa')).toBe('mo-hinh-ngan-hang-bo-giup-ho-ngheo-xa-phu-nghia');
  });

  it('never returns an empty slug', () => {
    expect(slugify('🐄🐄')).toBe('dien-hinh');
  });
});

describe('folding after many distinct characters', () => {
  it('folds the same once its per-character memory is full', () => {
    // More distinct characters than are kept (CJK, then Latin letters with marks): the ones seen after still fold.
    const many = Array.from({ length: 6000 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(foldVietnamese(many)).toBe(many);
    expect(foldVietnamese('Ỳ Ỹ Ǹ ḿ Đắk Lắk')).toBe('y y n m dak lak');
    expect(foldVietnamese('Đắk Lắk')).toBe(foldVietnamese('Đắk Lắk'));
  });
});
