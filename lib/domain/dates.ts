/** Today's date in Vietnam as YYYY-MM-DD: a consent signed this morning in Hà Nội must not look "tomorrow" to a UTC server. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}
