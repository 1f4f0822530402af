import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AreaFieldset, type AreaOptions } from '@/components/examples/area-fieldset';
import type { AreaSelection } from '@/db/queries/example-filters';

const noOptions: AreaOptions = { provincesNew: [], provincesOld: [], districts: [], communes: [], communeTree: '2024' };
const none: AreaSelection = { province: null, district: null, commune: null, unknown: null };
const binhPhuocOld = { tree: '2024' as const, code: '70', name: 'Bình Phước', fullName: 'Tỉnh Bình Phước', level: 1, parentCode: null };

/** The first option of the commune select: what a closed, empty select says to do. */
function communePrompt(area: AreaSelection, options: AreaOptions = noOptions): string {
  const html = renderToStaticMarkup(createElement(AreaFieldset, { formId: 'bo-loc', area, options, anyProvince: 'Tất cả', className: '' }));
  const select = /<select[^>]*id="commune"[^>]*>\s*<option value=""[^>]*>([^<]*)<\/option>/.exec(html);
  if (!select) throw new Error('no commune select');
  return select[1] ?? '';
}

describe('the commune select of the area filters', () => {
  it('asks for a province or a district when nothing is chosen', () => {
    expect(communePrompt(none)).toBe('Chọn tỉnh hoặc huyện trước');
  });

  it('asks for a district once an old province is chosen: old communes are listed per district', () => {
    expect(communePrompt({ ...none, province: binhPhuocOld })).toBe('Chọn quận, huyện trước');
  });

  it('offers every commune once they are listed', () => {
    const options = { ...noOptions, communes: [{ code: '25267', fullName: 'Xã Phú Nghĩa' }] };
    expect(communePrompt({ ...none, province: binhPhuocOld }, options)).toBe('Tất cả');
  });
});
