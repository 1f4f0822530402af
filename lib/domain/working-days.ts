import { HOLIDAY_YEARS, VN_PUBLIC_HOLIDAYS } from '@/lib/domain/vn-holidays';

// Working days in Vietnam: Monday to Friday, minus the public holidays and compensatory days of the committed
// table (lib/domain/vn-holidays.ts). Dates are calendar days in Vietnam as YYYY-MM-DD; instants are `Date`s
// passed in by the caller, so that tests choose the clock.
//
// Counting follows Bộ luật Dân sự 2015, Điều 147–148: a period "kể từ ngày" X does not count X itself but
// starts the next day, and it ends at the end (24:00) of its last day. A notice of N working days put up on a
// Friday therefore runs through the N-th working day after that Friday, to 23:59:59.999 Vietnam time.
//
// Outside the table's years a date throws instead of silently counting holidays as working days.

/** Asia/Ho_Chi_Minh is UTC+7 all year: Vietnam has had no daylight saving time since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIRST_DAY = `${HOLIDAY_YEARS.first}-01-01`;
const LAST_DAY = `${HOLIDAY_YEARS.last}-12-31`;
const HOLIDAYS: ReadonlySet<string> = new Set(VN_PUBLIC_HOLIDAYS.map((holiday) => holiday.date));

/** Days since 1970-01-01 of a YYYY-MM-DD calendar day inside the holiday table's years. */
function toDayNumber(isoDate: string): number {
  const time = ISO_DATE.test(isoDate) ? Date.parse(`${isoDate}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== isoDate) throw new Error(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
  if (isoDate < FIRST_DAY || isoDate > LAST_DAY) throw outOfRange(isoDate);
  return time / DAY_MS;
}

function toIsoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

function outOfRange(isoDate: string): RangeError {
  return new RangeError(`${isoDate} is outside ${FIRST_DAY}–${LAST_DAY}, the years whose public holidays are known`);
}

function isWorkingDayNumber(dayNumber: number): boolean {
  const weekday = (dayNumber + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday, 6 Saturday
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(toIsoDate(dayNumber));
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A number of working days must be a whole number of at least 1, not ${n}`);
}

/** Whether a calendar day (YYYY-MM-DD) is a working day: not a weekend, public holiday or compensatory day. */
export function isWorkingDay(isoDate: string): boolean {
  return isWorkingDayNumber(toDayNumber(isoDate));
}

/** The n-th working day after `startIso` (the start day itself never counts), as YYYY-MM-DD. */
export function addWorkingDays(startIso: string, n: number): string {
  checkCount(n);
  let day = toDayNumber(startIso);
  const lastDay = toDayNumber(LAST_DAY);
  for (let counted = 0; counted < n;) {
    day++;
    if (day > lastDay) throw outOfRange(toIsoDate(day));
    if (isWorkingDayNumber(day)) counted++;
  }
  return toIsoDate(day);
}

/**
 * Working days after `a` up to and including `b`, so that `workingDaysBetween(a, addWorkingDays(a, n)) === n`;
 * negative when `b` is before `a`, zero when they are the same day.
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (to < from) return -workingDaysBetween(b, a);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDayNumber(day)) count++;
  return count;
}

function checkInstant(instant: Date, what: string): void {
  if (Number.isNaN(instant.getTime())) throw new Error(`${what} is not a valid date`);
}

/** The calendar day in Vietnam (YYYY-MM-DD) at an instant. */
export function vietnamDate(instant: Date): string {
  checkInstant(instant, 'The instant');
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

export interface NoticeWindow {
  /** The day in Vietnam the notice was put up; it does not count. */
  startsOn: string;
  /** The last working day of the notice. */
  endsOn: string;
  /** 23:59:59.999 in Vietnam on `endsOn`: the last instant an opinion is taken. */
  endsAt: Date;
}

/** The public notice (công khai lấy ý kiến) window of `workingDays` working days, put up at `startsAt`. */
export function noticeWindow({ startsAt, workingDays }: { startsAt: Date; workingDays: number }): NoticeWindow {
  const startsOn = vietnamDate(startsAt);
  const endsOn = addWorkingDays(startsOn, workingDays);
  const endsAt = new Date(Date.parse(`${endsOn}T00:00:00Z`) + DAY_MS - 1 - VIETNAM_OFFSET_MS);
  return { startsOn, endsOn, endsAt };
}

/** Whether the notice takes opinions at `now`: from its first day in Vietnam through `endsAt` inclusive. */
export function isNoticeOpen(window: Pick<NoticeWindow, 'startsOn' | 'endsAt'>, now: Date): boolean {
  checkInstant(now, 'The current time');
  return vietnamDate(now) >= window.startsOn && now.getTime() <= window.endsAt.getTime();
}
