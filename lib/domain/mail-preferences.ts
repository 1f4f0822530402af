// Client-safe: the account form, its server action and the mail queries share these codes and words.

/** How a user hears about their notifications by e-mail: each at once, one digest a day, or not at all. */
export const MAIL_PREFERENCES = ['at_once', 'daily', 'off'] as const;
export type MailPreference = (typeof MAIL_PREFERENCES)[number];

export const MAIL_PREFERENCE_LABELS: Record<MailPreference, string> = {
  at_once: 'Ngay khi có thông báo',
  daily: 'Tóm tắt hằng ngày (một thư lúc 7 giờ sáng)',
  off: 'Tắt — chỉ xem trong trang Thông báo',
};

/** The local hour (Asia/Ho_Chi_Minh) from which each day's digest is built. */
export const DIGEST_HOUR = 7;

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';
export type MailKind = 'notification' | 'digest' | 'setup_link';
