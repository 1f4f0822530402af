import type { NominationAction } from './state-machine';

// Client-safe: the page, the badge and a future mail sender share these codes and their wording.

export const NOTIFICATION_KINDS = ['submitted', 'returned', 'approved', 'rejected', 'commended', 'unpublished', 'republished'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  submitted: 'Hồ sơ mới gửi thẩm định',
  returned: 'Hồ sơ bị trả lại để bổ sung',
  approved: 'Hồ sơ được công nhận',
  rejected: 'Hồ sơ không được công nhận',
  commended: 'Điển hình được khen thưởng, biểu dương',
  unpublished: 'Điển hình bị gỡ công bố',
  republished: 'Điển hình được công bố lại',
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** Rows outlive code changes: a kind this version no longer knows still gets a readable title. */
export function notificationLabel(kind: string): string {
  return isNotificationKind(kind) ? NOTIFICATION_LABELS[kind] : 'Thông báo về hồ sơ';
}

/** Who hears about each kind: a submission goes to the reviewers, every decision back to the unit. */
export const NOTIFICATION_AUDIENCE: Record<NotificationKind, 'reviewers' | 'unit'> = {
  submitted: 'reviewers',
  returned: 'unit',
  approved: 'unit',
  rejected: 'unit',
  commended: 'unit',
  unpublished: 'unit',
  republished: 'unit',
};

/** What each transition tells (withdrawing a submission tells no one: it was never decided). */
export const NOTIFICATION_FOR_ACTION: Record<NominationAction, NotificationKind | null> = {
  submit: 'submitted',
  withdraw: null,
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
  unpublish: 'unpublished',
  republish: 'republished',
};
