import { formatNumber } from '@/lib/format';

// One-sentence readings of each chart, so the point is there without looking at the bars.

export interface Counted {
  label: string;
  count: number;
}

const shareFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

/** 0.4285 → "42,9%". */
export function formatShare(part: number, whole: number): string {
  return whole > 0 ? shareFormat.format(part / whole) : '–';
}

/** "A", "A và B", "A, B và C". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

const examples = (n: number) => `${formatNumber(n)} điển hình`;

/** "Xã A (3 điển hình)" or, for a tie, "Xã A và Xã B (cùng 3 điển hình)"; null when nothing was counted. */
export function leaders(rows: Counted[]): string | null {
  const max = Math.max(0, ...rows.map((r) => r.count));
  if (max === 0) return null;
  const top = rows.filter((r) => r.count === max).map((r) => r.label);
  return top.length === 1 ? `${top[0]} (${examples(max)})` : `${joinVi(top)} (cùng ${examples(max)})`;
}

export function yearsLabel(from: number, to: number): string {
  return from === to ? `năm ${from}` : `giai đoạn ${from}–${to}`;
}

export function summarizeYears(rows: { year: number; count: number }[], total: number): string {
  const first = rows[0]?.year ?? 0;
  const last = rows.at(-1)?.year ?? first;
  const head = `Trong ${yearsLabel(first, last)} có ${examples(total)} được công nhận`;
  if (rows.length <= 1) return `${head}.`;
  return `${head}; nhiều nhất là năm ${leaders(rows.map((r) => ({ label: String(r.year), count: r.count })))}.`;
}

// Kind and field labels start a sentence on their own ("Mô hình"); inside one they are common nouns.
const inSentence = (rows: Counted[]) => rows.map((r) => ({ ...r, label: r.label.charAt(0).toLowerCase() + r.label.slice(1) }));

export function summarizeKinds(rows: Counted[], total: number): string {
  const top = leaders(inSentence(rows));
  return top ? `Nhiều nhất là ${top}, trên tổng số ${examples(total)}.` : 'Chưa có điển hình nào.';
}

export function summarizeFields(rows: Counted[], fieldCount: number): string {
  const top = leaders(inSentence(rows));
  if (!top) return 'Chưa có điển hình nào.';
  const present = rows.filter((r) => r.count > 0).length;
  return `Có điển hình ở ${formatNumber(present)} trong ${formatNumber(fieldCount)} lĩnh vực; nhiều nhất là ${top}.`;
}

export function summarizeCommunes(rows: Counted[], communeCount: number): string {
  const top = leaders(rows);
  if (!top) return 'Chưa có điển hình nào.';
  return `Điển hình có ở ${formatNumber(communeCount)} xã, phường; nhiều nhất là ${top}.`;
}
