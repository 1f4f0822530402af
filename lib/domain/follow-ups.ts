// Client-safe vocabulary of the yearly follow-up (theo dõi sau công nhận).

export const MODEL_STATUSES = ['active', 'expanded', 'paused', 'stopped'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];
export const MODEL_STATUS_LABELS: Record<ModelStatus, string> = {
  active: 'Đang duy trì',
  expanded: 'Đã mở rộng',
  paused: 'Tạm dừng',
  stopped: 'Đã dừng',
};

export const FOLLOW_UP_STATES = ['filed', 'confirmed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** An approved example goes "chưa cập nhật" when nothing confirmed has come for this many months. */
export const FOLLOW_UP_OVERDUE_MONTHS = 15;

export const FOLLOW_UP_NOTE_MAX = 500;

/** The instant after which an example with this last follow-up (or approval) counts as overdue. */
export function followUpDueAt(since: Date): Date {
  const due = new Date(since);
  due.setUTCMonth(due.getUTCMonth() + FOLLOW_UP_OVERDUE_MONTHS);
  return due;
}

export function isFollowUpOverdue(since: Date | null, now: Date): boolean {
  return since != null && now > followUpDueAt(since);
}

/** When an approved example was last heard of: its latest confirmed follow-up, else its approval. */
export function lastHeardOf(approvedAt: Date | null, confirmedAts: (Date | null)[]): Date | null {
  const times = confirmedAts.filter((d): d is Date => d != null).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : approvedAt;
}

/** "tháng 11/2026", as the example page says when it was last followed up (Vietnam time). */
export function monthYearVi(at: Date): string {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(at).split('-');
  return `tháng ${Number(month)}/${year}`;
}
