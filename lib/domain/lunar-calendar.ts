// The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's time zone, UTC+7.
//
// This is Hồ Ngọc Đức's astronomical algorithm ("Thuật toán tính âm lịch"), the reference the Vietnamese
// calendars follow: a month starts on the day (in Vietnam) of the new moon; month 11 is the month that
// contains the winter solstice; a year with 13 months between two months 11 repeats the first month that
// contains no major solar term (trung khí). The time zone matters: some months begin a day apart in Vietnam
// and in China (UTC+8), which is why a Chinese-calendar package would not do.
//
// Dates are Gregorian calendar days as ISO strings (YYYY-MM-DD), never `Date` instants, so that no server
// time zone can shift them. Accurate for the years 1900–2100, which is all the range accepted.

const TIME_ZONE_HOURS = 7;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
/** Julian day of the new moon of 1900-01-01 (k = 0 in `newMoon`), and the mean synodic month. */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** The month is the leap (nhuận) repetition of `month`. */
  leap: boolean;
}

const floor = Math.floor;

/** Julian day number of a Gregorian date. */
function julianDay(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
}

function isoFromJulianDay(jd: number): string {
  const a = jd + 32044;
  const b = floor((4 * a + 3) / 146097);
  const c = a - floor((b * 146097) / 4);
  const d = floor((4 * c + 3) / 1461);
  const e = c - floor((1461 * d) / 4);
  const m = floor((5 * e + 2) / 153);
  const day = e - floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * floor(m / 10);
  const year = b * 100 + d - 4800 + floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Julian date (UTC, fractional) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 += -0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 += -0.0004 * Math.sin(dr * 3 * Mpr);
  c1 += 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 += -0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 += -0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 += 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude, in radians in [0, 2π), at a Julian date (UTC). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - 2 * Math.PI * floor(L / (2 * Math.PI));
}

/** Which 30° sector (0–11) the sun is in at the start of a day in Vietnam; sector 9 starts at the winter solstice. */
function sunSector(dayNumber: number): number {
  return floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI) * 6);
}

/** Julian day number of the day, in Vietnam, of the k-th new moon. */
function newMoonDay(k: number): number {
  return floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
}

/** First day of the lunar month 11 (the month of the winter solstice) that starts in the Gregorian year. */
function lunarMonth11(year: number): number {
  const off = julianDay(31, 12, year) - 2415021;
  const k = floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year starting at month 11 `a11`, the offset of the leap month: the first without a major term. */
function leapMonthOffset(a11: number): number {
  const k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(iso: string): { day: number; month: number; year: number } {
  const match = ISO_DATE.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  if (!match || isoFromJulianDay(julianDay(day, month, year)) !== iso) throw new Error(`Not a calendar date (YYYY-MM-DD): "${iso}"`);
  return { day, month, year };
}

function checkYear(year: number, what: string): void {
  if (year < FIRST_YEAR || year > LAST_YEAR) throw new Error(`${what} ${year} is outside ${FIRST_YEAR}–${LAST_YEAR}, the range of the lunar calendar`);
}

/** The lunar date (in Vietnam) of a Gregorian calendar day given as YYYY-MM-DD. */
export function solarToLunar(isoDate: string): LunarDate {
  const { day, month, year } = parseIsoDate(isoDate);
  checkYear(year, 'Year');
  const dayNumber = julianDay(day, month, year);
  const k = floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > dayNumber) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(year);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = lunarMonth11(year - 1);
  } else {
    lunarYear = year + 1;
    b11 = lunarMonth11(year + 1);
  }
  const diff = floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: dayNumber - monthStart + 1, month: lunarMonth, year: lunarYear, leap };
}

/**
 * The Gregorian date (YYYY-MM-DD) of a lunar date in Vietnam. Throws for a date that does not exist: a leap
 * month the year does not have, or day 30 of a 29-day month.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): string {
  const label = `${day}/${month}${leap ? ' (nhuận)' : ''}/${year}`;
  if (![day, month, year].every(Number.isInteger) || day < 1 || day > 30 || month < 1 || month > 12) throw new Error(`Not a lunar date: ${label}`);
  checkYear(year, 'Lunar year');
  const [a11, b11] = month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  let off = month - 11;
  if (off < 0) off += 12;
  let hasLeapMonth = false;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    hasLeapMonth = leapMonth === month;
    if (leap || off >= leapOff) off += 1;
  }
  if (leap && !hasLeapMonth) throw new Error(`Lunar year ${year} has no leap month ${month}: ${label}`);
  const k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const iso = isoFromJulianDay(newMoonDay(k + off) + day - 1);
  // Day 30 of a 29-day month lands on day 1 of the next month: refuse it rather than answer a wrong day.
  const back = solarToLunar(iso);
  if (back.day !== day || back.month !== month || back.year !== year || back.leap !== leap) throw new Error(`No such lunar date: ${label}`);
  return iso;
}
