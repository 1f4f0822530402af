import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { FilterForm } from '@/components/examples/filter-form';
import type { FacetCounts } from '@/db/queries/example-facets';
import { ESTIMATED_FACETS_TEXT, matchCountText, pagingCappedText, withFacetCount } from '@/lib/examples/search-scale-text';

describe('the wording of a search too large to count', () => {
  it('says “hơn” with Vietnamese thousands separators, and the exact count otherwise', () => {
    expect(matchCountText(10_000, false)).toBe('Hơn 10.000 điển hình');
    expect(matchCountText(1234, true)).toBe('1.234 điển hình');
    expect(pagingCappedText(10_000)).toContain('Chỉ xem được 10.000 kết quả đầu tiên');
  });

  it('marks estimated facet counts and leaves exact ones as they were', () => {
    expect(withFacetCount('Năm 2023', 1250, true)).toBe('Năm 2023 (≈1.250)');
    expect(withFacetCount('Năm 2023', 12)).toBe('Năm 2023 (12)');
    expect(withFacetCount('Năm 2023', undefined)).toBe('Năm 2023 (0)');
  });

  it('shows the estimate note and marked counts in the filter form only for estimated facets', () => {
    const counts = (estimated?: boolean): FacetCounts => ({
      year: new Map([[2023, 4250]]),
      kind: new Map(),
      field: new Map(),
      campaign: new Map(),
      province: new Map(),
      district: new Map(),
      commune: new Map(),
      estimated,
    });
    const render = (facets: FacetCounts) =>
      renderToStaticMarkup(
        createElement(FilterForm, {
          filters: { q: 'vay vốn' },
          area: { province: null, district: null, commune: null, unknown: null },
          facets,
          options: { provincesNew: [], provincesOld: [], districts: [], communes: [], communeTree: '2024' },
          campaigns: [],
          years: [2023],
        }),
      );
    const estimated = render(counts(true));
    expect(estimated).toContain(ESTIMATED_FACETS_TEXT);
    expect(estimated).toContain('2023 (≈4.250)');
    const exact = render(counts());
    expect(exact).not.toContain(ESTIMATED_FACETS_TEXT);
    expect(exact).toContain('2023 (4250)');
  });
});
