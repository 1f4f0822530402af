import { describe, expect, it } from 'vitest';
import { statutoryHolidays } from '@/lib/domain/vn-holiday-rules';
import { HOLIDAY_YEARS, VN_PUBLIC_HOLIDAYS } from '@/lib/domain/vn-holidays';

const datesOf = (year: number, pattern: RegExp) => VN_PUBLIC_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`) && pattern.test(h.name)).map((h) => h.date);

describe('the public holiday table', () => {
  it('is exactly what the statutory rule generates for 2021–2035 (rerun scripts/generate-vn-holidays.ts)', () => {
    const regenerated = [];
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) regenerated.push(...statutoryHolidays(year));
    expect(VN_PUBLIC_HOLIDAYS).toEqual(regenerated);
    expect(HOLIDAY_YEARS).toEqual({ first: 2021, last: 2035 });
  });

  it('lists each day once, in order, with an NFC Vietnamese name', () => {
    const dates = VN_PUBLIC_HOLIDAYS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const { name } of VN_PUBLIC_HOLIDAYS) expect(name).toBe(name.normalize('NFC'));
  });

  it('has the eleven statutory days every year: 1/1, five Tết days, Giỗ Tổ, 30/4, 1/5 and two for Quốc khánh', () => {
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
      const statutory = VN_PUBLIC_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`) && !h.name.startsWith('Nghỉ bù'));
      expect(statutory, String(year)).toHaveLength(11);
      expect(datesOf(year, /^Tết Nguyên đán/)).toHaveLength(5);
    }
    expect(datesOf(2026, /^Tết Nguyên đán/)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(VN_PUBLIC_HOLIDAYS).toContainEqual({ date: '2024-02-09', name: 'Tết Nguyên đán (30 tháng Chạp)' });
    expect(VN_PUBLIC_HOLIDAYS).toContainEqual({ date: '2025-01-28', name: 'Tết Nguyên đán (29 tháng Chạp)' });
    expect(VN_PUBLIC_HOLIDAYS).toContainEqual({ date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
    expect(VN_PUBLIC_HOLIDAYS).toContainEqual({ date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  });

  it('takes the day next to 2/9 as the government did in 2021–2025', () => {
    expect(datesOf(2021, /^Quốc khánh/)).toEqual(['2021-09-02', '2021-09-03']); // Thursday: 3/9 joins the weekend
    expect(datesOf(2022, /^Quốc khánh/)).toEqual(['2022-09-01', '2022-09-02']); // Friday
    expect(datesOf(2023, /Quốc khánh/)).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']); // Saturday, bù on Monday
    expect(datesOf(2024, /^Quốc khánh/)).toEqual(['2024-09-02', '2024-09-03']); // Monday
    expect(datesOf(2025, /^Quốc khánh/)).toEqual(['2025-09-01', '2025-09-02']); // Tuesday
  });

  it('gives the next working day off (nghỉ bù) for a holiday on a weekend', () => {
    // 1/1/2028 is a Saturday: Monday 3/1 is off.
    expect(datesOf(2028, /Tết Dương lịch/)).toEqual(['2028-01-01', '2028-01-03']);
    // 1/1/2023 is a Sunday: Monday 2/1.
    expect(datesOf(2023, /Tết Dương lịch/)).toEqual(['2023-01-01', '2023-01-02']);
    // 30/4/2022 and 1/5/2022 are Saturday and Sunday: both Monday and Tuesday are off.
    expect(datesOf(2022, /30\/4|1\/5/)).toEqual(['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03']);
    // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: off through Wednesday 3/5.
    expect(datesOf(2023, /Hùng Vương|30\/4|1\/5/)).toEqual(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']);
    // Tết 2024 (mùng 1 Saturday 10/2, mùng 2 Sunday): Wednesday 14/2 and Thursday 15/2.
    expect(datesOf(2024, /^Nghỉ bù Tết Nguyên đán/)).toEqual(['2024-02-14', '2024-02-15']);
    // No holiday of 2026 falls on a weekend except Giỗ Tổ (Sunday 26/4).
    expect(datesOf(2026, /^Nghỉ bù/)).toEqual(['2026-04-27']);
  });
});
