import { describe, expect, it } from 'vitest';
import { examplesHref, listFilters, rangeMatchesList, type LinkScope } from '@/lib/stats/links';
import { parseStatsParams, resolveYearRange, statsQuery } from '@/lib/stats/params';

describe('parsing the statistics query string', () => {
  it('reads campaign, years and area codes of either tree', () => {
    const parsed = parseStatsParams(new URLSearchParams('campaign=chung-tay&from=2022&to=2024&commune=2025:25231&province=&utm_source=x'));
    expect(parsed).toEqual({
      ok: true,
      params: { campaign: 'chung-tay', from: 2022, to: 2024, commune: { tree: '2025', code: '25231' } },
    });
    expect(statsQuery(parsed.params)).toBe('?campaign=chung-tay&from=2022&to=2024&commune=2025%3A25231');
  });

  it.each([
    ['from=2024&to=2022', 'Năm bắt đầu (2024) sau năm kết thúc (2022). Vui lòng chọn “Từ năm” không muộn hơn “Đến năm”.'],
    ['from=abc', 'Năm bắt đầu không hợp lệ (cần 4 chữ số, ví dụ 2021).'],
    ['to=20245', 'Năm kết thúc không hợp lệ (cần 4 chữ số, ví dụ 2025).'],
    ['commune=Đa Kia', 'Mã xã không hợp lệ (5 chữ số)'],
    ['campaign=Chung Tay', 'Mã phong trào không hợp lệ'],
    ['communes=some', 'Tham số “communes” chỉ nhận giá trị “all”.'],
  ])('“%s” is refused while parsing', (query, message) => {
    const parsed = parseStatsParams(new URLSearchParams(query));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe(message);
  });

  it('keeps the valid values of a refused query, to refill the form', () => {
    const parsed = parseStatsParams(new URLSearchParams('from=abc&to=2023&commune=2025:25231'));
    expect(parsed.ok).toBe(false);
    expect(parsed.params).toEqual({ to: 2023, commune: { tree: '2025', code: '25231' } });
  });
});

describe('the year range', () => {
  const campaign = { shortName: 'Giai đoạn thử', startYear: 2021, endYear: 2025 };

  it('defaults to the campaign span and keeps a narrower one', () => {
    expect(resolveYearRange({}, campaign)).toEqual({ ok: true, from: 2021, to: 2025 });
    expect(resolveYearRange({ from: 2023 }, campaign)).toEqual({ ok: true, from: 2023, to: 2025 });
    expect(resolveYearRange({ to: 2021 }, campaign)).toEqual({ ok: true, from: 2021, to: 2021 });
  });

  it('refuses years outside the campaign, naming the year and the span', () => {
    expect(resolveYearRange({ from: 2020 }, campaign)).toEqual({
      ok: false,
      field: 'from',
      message: 'Năm 2020 nằm ngoài giai đoạn 2021–2025 của phong trào “Giai đoạn thử”.',
    });
    expect(resolveYearRange({ from: 2022, to: 2026 }, campaign)).toMatchObject({ ok: false, field: 'to' });
  });
});

describe('links to the list page', () => {
  const scope: LinkScope = {
    campaign: { slug: 'c', startYear: 2021, endYear: 2025 },
    from: 2021,
    to: 2025,
    area: { province: { tree: '2024', code: '70' }, district: { tree: '2024', code: '691' }, commune: null },
  };

  it('carry the campaign and area, and a year only when one year is counted', () => {
    expect(examplesHref(scope)).toBe('/examples?province=2024%3A70&district=691&campaign=c');
    expect(examplesHref(scope, { kind: 'model' })).toBe('/examples?province=2024%3A70&district=691&campaign=c&kind=model');
    expect(examplesHref({ ...scope, from: 2023, to: 2023 })).toBe('/examples?province=2024%3A70&district=691&campaign=c&year=2023');
  });

  it('name a commune alone: it lies inside the area already', () => {
    expect(listFilters(scope, { commune: { tree: '2024', code: '25232' }, year: 2022 })).toEqual({
      campaign: 'c',
      commune: { tree: '2024', code: '25232' },
      year: 2022,
    });
  });

  it('match the list exactly only for one year or the whole campaign', () => {
    expect(rangeMatchesList(scope)).toBe(true);
    expect(rangeMatchesList({ ...scope, from: 2024, to: 2024 })).toBe(true);
    expect(rangeMatchesList({ ...scope, from: 2022, to: 2024 })).toBe(false);
  });
});
