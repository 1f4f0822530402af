import { describe, expect, it } from 'vitest';
import { formatShare, joinVi, leaders, summarizeFields, summarizeKinds, summarizeYears } from '@/lib/stats/summaries';

describe('chart summaries', () => {
  it('join Vietnamese lists with “và”', () => {
    expect(joinVi(['A'])).toBe('A');
    expect(joinVi(['A', 'B'])).toBe('A và B');
    expect(joinVi(['A', 'B', 'C'])).toBe('A, B và C');
  });

  it('name the leader, or the tied leaders, and nothing when all are zero', () => {
    expect(
      leaders([
        { label: 'Xã A', count: 1200 },
        { label: 'Xã B', count: 3 },
      ]),
    ).toBe('Xã A (1.200 điển hình)');
    expect(
      leaders([
        { label: 'Xã A', count: 3 },
        { label: 'Xã B', count: 3 },
        { label: 'Xã C', count: 1 },
      ]),
    ).toBe('Xã A và Xã B (cùng 3 điển hình)');
    expect(leaders([{ label: 'Xã A', count: 0 }])).toBeNull();
  });

  it('read each chart in one sentence', () => {
    expect(summarizeYears([{ year: 2024, count: 5 }], 5)).toBe('Trong năm 2024 có 5 điển hình được công nhận.');
    expect(
      summarizeYears(
        [
          { year: 2021, count: 2 },
          { year: 2022, count: 7 },
        ],
        9,
      ),
    ).toBe('Trong giai đoạn 2021–2022 có 9 điển hình được công nhận; nhiều nhất là năm 2022 (7 điển hình).');
    expect(
      summarizeKinds(
        [
          { label: 'Mô hình', count: 6 },
          { label: 'Cá nhân', count: 2 },
        ],
        8,
      ),
    ).toBe('Nhiều nhất là mô hình (6 điển hình), trên tổng số 8 điển hình.');
    expect(summarizeFields([{ label: 'Phát triển sản xuất', count: 4 }], 10)).toBe(
      'Có điển hình ở 1 trong 10 lĩnh vực; nhiều nhất là phát triển sản xuất (4 điển hình).',
    );
  });

  it('format shares the Vietnamese way', () => {
    expect(formatShare(1, 3).replace(/\s/g, ' ')).toBe('33,3%');
    expect(formatShare(1, 0)).toBe('–');
  });
});
