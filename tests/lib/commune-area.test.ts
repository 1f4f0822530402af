import { describe, expect, it } from 'vitest';
import { ancestryIn, communeAreaIn, type AdminMapReader, type MapUnit } from '@/lib/domain/commune-area';
import type { AdminTree } from '@/lib/domain/vocabulary';

// A made-up map: old province 70 with districts 691 and 692; new province 75.
const UNITS: Record<AdminTree, MapUnit[]> = {
  '2024': [
    { code: '70', name: 'Bình Phước', parentCode: null },
    { code: '691', name: 'Bù Gia Mập', parentCode: '70' },
    { code: '692', name: 'Lộc Ninh', parentCode: '70' },
    { code: '25232', name: 'Phước Minh', parentCode: '691' },
    { code: '25234', name: 'Bình Thắng', parentCode: '691' },
    { code: '25300', name: 'Lộc Hiệp', parentCode: '692' },
    { code: '25400', name: 'Tách đôi', parentCode: '692' },
  ],
  '2025': [
    { code: '75', name: 'Đồng Nai', parentCode: null },
    { code: '08', name: 'Tuyên Quang', parentCode: null },
    { code: '25231', name: 'Đa Kia', parentCode: '75' },
    { code: '25310', name: 'Lộc Hưng', parentCode: '75' },
    { code: '25410', name: 'Nửa kia', parentCode: '08' },
  ],
};
// old → new: new 25310 took communes of two districts; old 25400 was split across two provinces.
const LINKS: [string, string][] = [
  ['25232', '25231'],
  ['25234', '25231'],
  ['25300', '25310'],
  ['25234', '25310'],
  ['25400', '25310'],
  ['25400', '25410'],
];

const unitOf = (tree: AdminTree, code: string) => UNITS[tree].find((u) => u.code === code) ?? null;
const map: AdminMapReader = {
  unit: unitOf,
  newCommunesOfOld: (oldCode) => LINKS.filter(([from]) => from === oldCode).map(([, to]) => unitOf('2025', to)!),
  // Async, as the database reader is: the derivations must not care.
  oldCommunesOfNew: async (newCode) => LINKS.filter(([, to]) => to === newCode).map(([from]) => unitOf('2024', from)!),
};

describe('communeAreaIn', () => {
  it('gives an old commune its district, old province, and the new communes and province it became', async () => {
    expect(await communeAreaIn(map, { tree: '2024', code: '25232' })).toEqual({
      districtCode: '691',
      provinceCodeOld: '70',
      provinceCodeNew: '75',
      currentCommuneCodes: ['25231'],
    });
  });

  it('leaves the new province open when an old commune was split across two', async () => {
    expect(await communeAreaIn(map, { tree: '2024', code: '25400' })).toMatchObject({ provinceCodeNew: null, currentCommuneCodes: ['25310', '25410'] });
  });

  it('gives a new commune the old district only when everything it absorbed lay in one', async () => {
    expect(await communeAreaIn(map, { tree: '2025', code: '25231' })).toEqual({
      districtCode: '691',
      provinceCodeOld: '70',
      provinceCodeNew: '75',
      currentCommuneCodes: ['25231'],
    });
    expect(await communeAreaIn(map, { tree: '2025', code: '25310' })).toEqual({
      districtCode: null,
      provinceCodeOld: null,
      provinceCodeNew: '75',
      currentCommuneCodes: ['25310'],
    });
  });

  it('derives nothing for an unknown code', async () => {
    expect(await communeAreaIn(map, { tree: '2025', code: '99999' })).toEqual({
      districtCode: null,
      provinceCodeOld: null,
      provinceCodeNew: null,
      currentCommuneCodes: [],
    });
  });
});

describe('ancestryIn', () => {
  it('walks from the unit up to its province', async () => {
    expect((await ancestryIn(map, { tree: '2024', code: '25232' })).map((u) => u.name)).toEqual(['Phước Minh', 'Bù Gia Mập', 'Bình Phước']);
    expect((await ancestryIn(map, { tree: '2025', code: '25231' })).map((u) => u.name)).toEqual(['Đa Kia', 'Đồng Nai']);
    expect(await ancestryIn(map, { tree: '2025', code: '99999' })).toEqual([]);
  });
});
