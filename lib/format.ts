const numberFormat = new Intl.NumberFormat('vi-VN');
const dateFormat = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Asia/Ho_Chi_Minh',
});

/** 1234567 → "1.234.567". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

const oneDecimalFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 4.56 → "4,6". */
export function formatOneDecimal(value: number): string {
  return oneDecimalFormat.format(value);
}

/** dd/MM/yyyy in Vietnam's time zone. */
export function formatDate(value: Date | string): string {
  return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' });

/** "14:05 28/11/2026" in Vietnam's time zone. */
export function formatDateTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${timeFormat.format(date)} ${dateFormat.format(date)}`;
}
