import { lunarToSolar, solarToLunar } from '@/lib/domain/lunar-calendar';

// The statutory public holidays of Vietnam (Bộ luật Lao động 2019, Điều 112 khoản 1) with the compensatory
// days of Điều 111 khoản 3 ("nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết … thì người lao động được
// nghỉ bù … vào ngày làm việc kế tiếp"). This is the rule `scripts/generate-vn-holidays.ts` runs once to
// write the committed table `lib/domain/vn-holidays.ts`; a test regenerates it and compares. Nothing at run
// time computes holidays from the moon.
//
// Choices the statute leaves open, fixed here:
// - Tết Nguyên đán: the last day of the lunar year (30 tháng Chạp, or 29 when the month is short) and the 1st
//   to 4th of tháng Giêng. The statute says "05 ngày" and leaves the exact days to the Prime Minister
//   (Điều 112 khoản 3); these five are the usual pattern.
// - Quốc khánh: 2/9 and "01 ngày liền kề trước hoặc sau". The government joins the holiday to a weekend:
//   2021 (2/9 a Thursday) took 3/9, 2022 (Friday) 1/9, 2023 (Saturday) 1/9, 2024 (Monday) 3/9, 2025 (Tuesday)
//   1/9. So the adjacent day is 1/9, except 3/9 when 2/9 is a Thursday (3/9 is then the Friday) or a Sunday or
//   Monday (1/9 is then a weekend day and would be wasted). On a Wednesday no choice reaches a weekend; 1/9 is
//   kept as the default.
// - Nghỉ bù: each holiday on a Saturday or Sunday, taken in date order, gives the next day that is neither a
//   weekend day, a holiday nor an earlier compensatory day.

export interface PublicHoliday {
  /** The calendar day, YYYY-MM-DD. */
  date: string;
  /** Its name, in Vietnamese. */
  name: string;
}

const DAY_MS = 86_400_000;

function shiftIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(iso: string): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function tetDays(year: number): PublicHoliday[] {
  const firstDay = lunarToSolar(1, 1, year);
  const lastDayOfYear = shiftIso(firstDay, -1);
  const { day: chapDay } = solarToLunar(lastDayOfYear);
  const days = [{ date: lastDayOfYear, name: `Tết Nguyên đán (${chapDay} tháng Chạp)` }];
  for (let i = 0; i < 4; i++) days.push({ date: shiftIso(firstDay, i), name: `Tết Nguyên đán (mùng ${i + 1} tháng Giêng)` });
  return days;
}

function nationalDayPair(year: number): PublicHoliday[] {
  const nationalDay = `${year}-09-02`;
  const weekday = new Date(`${nationalDay}T00:00:00Z`).getUTCDay();
  const adjacent = weekday === 0 || weekday === 1 || weekday === 4 ? `${year}-09-03` : `${year}-09-01`;
  return [
    { date: nationalDay, name: 'Quốc khánh (2/9)' },
    { date: adjacent, name: `Quốc khánh (ngày liền kề, ${Number(adjacent.slice(8))}/9)` },
  ];
}

/** The statutory holidays of one Gregorian year, compensatory days included, in date order. */
export function statutoryHolidays(year: number): PublicHoliday[] {
  const holidays: PublicHoliday[] = [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    ...tetDays(year),
    { date: lunarToSolar(10, 3, year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng (30/4)' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động (1/5)' },
    ...nationalDayPair(year),
  ].sort((a, b) => a.date.localeCompare(b.date));

  const taken = new Set(holidays.map((holiday) => holiday.date));
  // Giỗ Tổ can fall as late as the end of April; the statute says nothing of two holidays on one day.
  if (taken.size !== holidays.length) throw new Error(`Two statutory holidays fall on the same day in ${year}`);
  const compensatory: PublicHoliday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = shiftIso(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = shiftIso(day, 1);
    taken.add(day);
    compensatory.push({ date: day, name: `Nghỉ bù ${holiday.name}` });
  }
  return [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
}
