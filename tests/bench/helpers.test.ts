import { describe, expect, it } from 'vitest';
import { buildSearchDocument } from '@/lib/domain/search-document';
import { foldVietnamese } from '@/lib/domain/fold';
import { copyValue } from '@/scripts/bench/copy';
import { percentile } from '@/scripts/bench/db-phase';
import { phraseFromTitle } from '@/scripts/bench/params';
import { TOPICS } from '@/scripts/bench/phrases';
import { Rng } from '@/scripts/bench/rng';
import { fastSearchDocument } from '@/scripts/bench/search-text';
import { SlugAllocator } from '@/scripts/bench/slugs';
import { composeStory, type StoryContext } from '@/scripts/bench/story';

describe('SlugAllocator', () => {
  it('takes the base slug when free, else the smallest free suffix from 2, as allocateSlug does', () => {
    const slugs = new SlugAllocator(['mo-hinh', 'mo-hinh-2', 'mo-hinh-4', 'khac']);
    expect(slugs.next('Mô hình')).toBe('mo-hinh-3');
    expect(slugs.next('Mô hình')).toBe('mo-hinh-5');
    expect(slugs.next('Khác')).toBe('khac-2');
    expect(slugs.next('Mới')).toBe('moi');
    expect(slugs.next('Mới!')).toBe('moi-2');
  });
});

describe('fastSearchDocument', () => {
  it('equals the app’s buildSearchDocument, including odd input', () => {
    const cases = [
      { title: 'Mô hình “Ngân hàng bò” ĐẮK LẮK', nomineeName: 'Hộ bà Triệu Thị Hà', publishMode: 'named' },
      { title: 'Cafe\u0301 NFD và 😀 emoji\tcó tab', nomineeName: 'Ǆ İ ß', publishMode: 'anonymised' },
    ];
    for (const c of cases) {
      const n = { ...c, summary: 'Tóm tắt  nhiều   khoảng trắng\n\nđoạn hai', story: 'Câu chuyện — “dấu ngoặc”', placeNames: ['Đa Kia', 'Bù Gia Mập'], unitName: 'Hội Nông dân' };
      expect(fastSearchDocument(n)).toBe(buildSearchDocument(n));
    }
  });
});

describe('copyValue (COPY text format)', () => {
  it('escapes separators and writes nulls, arrays, dates and booleans as PostgreSQL reads them', () => {
    expect(copyValue(null)).toBe('\\N');
    expect(copyValue(undefined)).toBe('\\N');
    expect(copyValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyValue(['25231', '25232'])).toBe('{"25231","25232"}');
    expect(copyValue(['a"b'])).toBe('{"a\\\\"b"}');
    expect(copyValue(new Date(Date.UTC(2025, 6, 1, 2, 3, 4)))).toBe('2025-07-01T02:03:04.000Z');
    expect(copyValue(true)).toBe('t');
    expect(copyValue(12)).toBe('12');
  });
});

describe('phraseFromTitle', () => {
  it('picks two neighbouring accent-free words of the title, not the words every title has', () => {
    const title = 'Mô hình “Nuôi bò sinh sản” giúp hộ nghèo xã Phú Nghĩa';
    const phrase = phraseFromTitle(title);
    expect(phrase.split(' ')).toHaveLength(2);
    expect(foldVietnamese(title)).toContain(phrase);
    expect(['nuoi bo', 'bo sinh', 'sinh san', 'phu nghia']).toContain(phrase);
    expect(phraseFromTitle(title)).toBe(phrase);
  });
});

describe('percentile', () => {
  it('gives the nearest-rank percentile of sorted samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBe(0);
  });
});

describe('composeStory', () => {
  it('writes 500–2 500 characters in several paragraphs, in NFC', () => {
    const context: StoryContext = {
      nominee: 'anh Nguyễn Văn Hùng', place: 'xã Phú Nghĩa', district: 'huyện Bù Gia Mập', province: 'tỉnh Bình Phước',
      hamlet: 'thôn Tân Lập', topic: TOPICS.production[0]!, startYear: 2020, year: 2023, escaped: 12, nearPoorHelped: 5,
      beneficiaries: 40, jobs: 9, contributionVnd: 410_000_000, poorAtStart: 120, incomeFrom: 20, incomeTo: 45,
    };
    for (let seed = 1; seed <= 200; seed++) {
      const story = composeStory(new Rng(seed), context);
      expect(story.length).toBeGreaterThanOrEqual(500);
      expect(story.length).toBeLessThanOrEqual(2500);
      expect(story.split('\n\n').length).toBeGreaterThanOrEqual(2);
      expect(story).toBe(story.normalize('NFC'));
    }
  });
});
