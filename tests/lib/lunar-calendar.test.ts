import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from '@/lib/domain/lunar-calendar';

const DAY_MS = 86_400_000;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The leap month of a lunar year, or null: the month m for which "1 nhuận m" exists. */
function leapMonthOf(year: number): number | null {
  const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((month) => {
    try {
      lunarToSolar(1, month, year, true);
      return true;
    } catch {
      return false;
    }
  });
  expect(months.length).toBeLessThanOrEqual(1);
  return months[0] ?? null;
}

describe('the Vietnamese lunar calendar', () => {
  it('puts Tết (1 tháng Giêng) on the published days, 2021–2035', () => {
    const tet: Record<number, string> = {
      2021: '2021-02-12',
      2022: '2022-02-01',
      2023: '2023-01-22',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2028: '2028-01-26',
      2029: '2029-02-13',
      // China's new year is 3/2/2030: the new moon comes at 16:08 UTC on 2/2, 23:08 in Hà Nội but 00:08 on 3/2
      // in Beijing. This is the case that a calendar computed for UTC+8 gets wrong.
      2030: '2030-02-02',
      2031: '2031-01-23',
      2032: '2032-02-11',
      2033: '2033-01-31',
      2034: '2034-02-19',
      2035: '2035-02-08',
    };
    for (const [year, date] of Object.entries(tet)) {
      expect(lunarToSolar(1, 1, Number(year))).toBe(date);
      expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
    }
  });

  it('puts Giỗ Tổ Hùng Vương (10/3) and Trung thu (15/8) on the published days', () => {
    expect(lunarToSolar(10, 3, 2021)).toBe('2021-04-21');
    expect(lunarToSolar(10, 3, 2022)).toBe('2022-04-10');
    expect(lunarToSolar(10, 3, 2023)).toBe('2023-04-29');
    expect(lunarToSolar(10, 3, 2024)).toBe('2024-04-18');
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
    expect(lunarToSolar(15, 8, 2024)).toBe('2024-09-17');
    expect(lunarToSolar(15, 8, 2025)).toBe('2025-10-06');
  });

  it('knows whether tháng Chạp ends on the 29th or the 30th', () => {
    expect(solarToLunar('2024-02-09')).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(solarToLunar('2025-01-28')).toEqual({ day: 29, month: 12, year: 2024, leap: false });
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(() => lunarToSolar(30, 12, 2024)).toThrow(/No such lunar date/);
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(/No such lunar date/);
  });

  it('has the leap months of 2021–2035: 2 in 2023, 6 in 2025, 5 in 2028, 3 in 2031, 11 in 2033', () => {
    const leapMonths: Record<number, number | null> = {};
    for (let year = 2021; year <= 2035; year++) leapMonths[year] = leapMonthOf(year);
    expect(leapMonths).toEqual({
      2021: null,
      2022: null,
      2023: 2,
      2024: null,
      2025: 6,
      2026: null,
      2027: null,
      2028: 5,
      2029: null,
      2030: null,
      2031: 3,
      2032: null,
      2033: 11,
      2034: null,
      2035: null,
    });
    // Tháng 2 nhuận Quý Mão began on 22/3/2023, tháng 6 nhuận Ất Tỵ on 25/7/2025.
    expect(solarToLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
    expect(lunarToSolar(1, 6, 2025)).not.toBe('2025-07-25');
    expect(() => lunarToSolar(1, 3, 2025, true)).toThrow(/no leap month 3/);
  });

  it('round-trips every day of 2021–2035, one lunar day after another', () => {
    let date = '2021-01-01';
    let previous = solarToLunar(date);
    expect(lunarToSolar(previous.day, previous.month, previous.year, previous.leap)).toBe(date);
    while (date < '2035-12-31') {
      date = nextDay(date);
      const lunar = solarToLunar(date);
      expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(date);
      if (lunar.day === 1) expect(previous.day === 29 || previous.day === 30, `${date} follows day ${previous.day}`).toBe(true);
      else expect({ ...lunar, day: lunar.day - 1 }).toEqual(previous);
      previous = lunar;
    }
  });

  it('refuses what is not a date', () => {
    expect(() => solarToLunar('2025-02-29')).toThrow(/Not a calendar date/);
    expect(() => solarToLunar('17/02/2026')).toThrow(/Not a calendar date/);
    expect(() => lunarToSolar(0, 1, 2026)).toThrow(/Not a lunar date/);
    expect(() => lunarToSolar(1, 13, 2026)).toThrow(/Not a lunar date/);
    expect(() => lunarToSolar(1, 1, 2200)).toThrow(/outside 1900–2100/);
    expect(() => solarToLunar('1899-12-31')).toThrow(/outside 1900–2100/);
  });
});
