import { describe, expect, it } from 'vitest';
import { addWorkingDays, isNoticeOpen, isWorkingDay, noticeWindow, vietnamDate, workingDaysBetween } from '@/lib/domain/working-days';

const DAY_MS = 86_400_000;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

describe('working days', () => {
  it('are Monday to Friday', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-09')).toBe(true); // Monday
  });

  it('exclude the public holidays and the compensatory days', () => {
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-02-13')).toBe(true);
    expect(isWorkingDay('2026-02-23')).toBe(true);
    expect(isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù for Giỗ Tổ on Sunday 26/4
    expect(isWorkingDay('2028-01-03')).toBe(false); // nghỉ bù for 1/1/2028, a Saturday
    expect(isWorkingDay('2028-01-04')).toBe(true);
  });

  it('number each year its weekdays less the eleven holidays (a weekend one is made up on a weekday)', () => {
    for (let year = 2021; year <= 2035; year++) {
      let weekdays = 0;
      let working = 0;
      for (let day = `${year}-01-01`; day.startsWith(String(year)); day = nextDay(day)) {
        const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
        if (weekday !== 0 && weekday !== 6) weekdays++;
        if (isWorkingDay(day)) working++;
      }
      expect(working, String(year)).toBe(weekdays - 11);
    }
  });
});

describe('counting working days', () => {
  it('starts the day after the start date: 10 working days from Friday 13/2/2026 end on Friday 6/3/2026', () => {
    // 14–15/2 weekend; 16/2 (29 Tết) to 20/2 (mùng 4) Tết; 21–22/2 weekend;
    // 23, 24, 25, 26, 27/2 → 1–5; 28/2–1/3 weekend; 2, 3, 4, 5, 6/3 → 6–10.
    expect(addWorkingDays('2026-02-13', 10)).toBe('2026-03-06');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(workingDaysBetween('2026-02-13', '2026-03-06')).toBe(10);
  });

  it('skips 30/4 and 1/5: 10 working days from Tuesday 28/4/2026 end on Thursday 14/5/2026', () => {
    // 29/4 → 1; 30/4 (Thursday) and 1/5 (Friday) holidays; 2–3/5 weekend;
    // 4, 5, 6, 7, 8/5 → 2–6; 9–10/5 weekend; 11, 12, 13, 14/5 → 7–10.
    expect(addWorkingDays('2026-04-28', 10)).toBe('2026-05-14');
    // From Friday 24/4 the Giỗ Tổ weekend (26/4) and its nghỉ bù on Monday 27/4 come first: 28/4 is day 1.
    expect(addWorkingDays('2026-04-24', 1)).toBe('2026-04-28');
    expect(addWorkingDays('2026-04-24', 10)).toBe('2026-05-13');
  });

  it('agrees with workingDaysBetween from every day of 2021–2035, and always ends on a working day', () => {
    for (let day = '2021-01-01'; day < '2035-12-01'; day = nextDay(day)) {
      const end = addWorkingDays(day, 10);
      expect(isWorkingDay(end)).toBe(true);
      expect(workingDaysBetween(day, end)).toBe(10);
    }
  });

  it('counts between two days one way and the other', () => {
    expect(workingDaysBetween('2026-03-06', '2026-02-13')).toBe(-10);
    expect(workingDaysBetween('2026-02-13', '2026-02-13')).toBe(0);
    expect(workingDaysBetween('2026-02-13', '2026-02-22')).toBe(0);
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(250);
  });

  it('throws outside 2021–2035 rather than count unknown holidays as working days', () => {
    expect(() => isWorkingDay('2020-12-31')).toThrow(/outside 2021-01-01–2035-12-31/);
    expect(() => isWorkingDay('2036-01-01')).toThrow(/outside 2021-01-01–2035-12-31/);
    expect(() => addWorkingDays('2035-12-20', 10)).toThrow(/2036-01-01 is outside/);
    expect(() => workingDaysBetween('2020-06-01', '2026-01-01')).toThrow(RangeError);
  });

  it('throws on a malformed date or count', () => {
    for (const bad of ['2026-2-13', '2026-02-30', '13/02/2026', '']) expect(() => isWorkingDay(bad), bad).toThrow(/Not a calendar date/);
    for (const n of [0, -1, 2.5, Number.NaN]) expect(() => addWorkingDays('2026-02-13', n), String(n)).toThrow(/whole number of at least 1/);
  });
});

describe('the public notice window', () => {
  it('runs 10 working days from the day it was put up, to 23:59:59.999 in Vietnam on the last', () => {
    const window = noticeWindow({ startsAt: new Date('2026-02-13T09:30:00+07:00'), workingDays: 10 });
    expect(window).toEqual({ startsOn: '2026-02-13', endsOn: '2026-03-06', endsAt: new Date('2026-03-06T16:59:59.999Z') });
  });

  it('takes the start day in Vietnam, not in UTC', () => {
    // 23:59 on Thursday 12/2 in Hà Nội: Friday 13/2 is day 1, so the tenth is Thursday 5/3.
    expect(noticeWindow({ startsAt: new Date('2026-02-12T16:59:00Z'), workingDays: 10 })).toMatchObject({ startsOn: '2026-02-12', endsOn: '2026-03-05' });
    // 00:00 on Friday 13/2 in Hà Nội, still the 12th in UTC.
    expect(noticeWindow({ startsAt: new Date('2026-02-12T17:00:00Z'), workingDays: 10 })).toMatchObject({ startsOn: '2026-02-13', endsOn: '2026-03-06' });
    expect(vietnamDate(new Date('2026-03-06T16:59:59.999Z'))).toBe('2026-03-06');
    expect(vietnamDate(new Date('2026-03-06T17:00:00Z'))).toBe('2026-03-07');
  });

  it('is open from its first day through endsAt inclusive, with the clock passed in', () => {
    const window = noticeWindow({ startsAt: new Date('2026-04-28T08:00:00+07:00'), workingDays: 10 });
    expect(window.endsAt).toEqual(new Date('2026-05-14T23:59:59.999+07:00'));
    expect(isNoticeOpen(window, new Date('2026-04-27T23:59:59.999+07:00'))).toBe(false);
    expect(isNoticeOpen(window, new Date('2026-04-28T00:00:00+07:00'))).toBe(true);
    expect(isNoticeOpen(window, new Date('2026-04-30T12:00:00+07:00'))).toBe(true); // a holiday inside the window
    expect(isNoticeOpen(window, window.endsAt)).toBe(true);
    expect(isNoticeOpen(window, new Date(window.endsAt.getTime() + 1))).toBe(false);
  });

  it('refuses an invalid clock, count or a start outside the table', () => {
    expect(() => noticeWindow({ startsAt: new Date('nonsense'), workingDays: 10 })).toThrow(/not a valid date/);
    expect(() => noticeWindow({ startsAt: new Date('2026-02-13T09:00:00+07:00'), workingDays: 0 })).toThrow(RangeError);
    expect(() => noticeWindow({ startsAt: new Date('2035-12-28T09:00:00+07:00'), workingDays: 10 })).toThrow(/outside/);
    const window = noticeWindow({ startsAt: new Date('2026-02-13T09:00:00+07:00'), workingDays: 10 });
    expect(() => isNoticeOpen(window, new Date(Number.NaN))).toThrow(/not a valid date/);
  });
});
