import { notificationLabel } from './notification-kinds';
import type { Role } from './vocabulary';

// Pure: the queries that fill the outbox (db/queries/mail-outbox.ts) build mails with these, inside the
// event's transaction. Links are absolute, on the `siteUrl` the caller passes (SITE_URL).

/** As SITE_NAME in lib/site.ts, which this leaf module may not import. */
const SITE_NAME = 'Gương sáng';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface NotificationItem {
  kind: string;
  nominationId: string;
  title: string;
  slug: string;
  comment: string | null;
  createdAt: Date;
}

const SIGNATURE = `— ${SITE_NAME}\nThư này được gửi tự động; vui lòng không trả lời.`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Paragraphs of plain text as simple HTML; a line that is a bare link becomes a link. */
function toHtml(paragraphs: string[]): string {
  const body = paragraphs
    .map((p) => {
      if (/^https?:\/\/\S+$/.test(p)) return `<p><a href="${escapeHtml(p)}">${escapeHtml(p)}</a></p>`;
      return `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`;
    })
    .join('\n');
  return `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.5">\n${body}\n</body></html>\n`;
}

function mail(subject: string, paragraphs: string[]): MailContent {
  const all = [...paragraphs, SIGNATURE];
  return { subject: subject.normalize('NFC'), text: `${all.join('\n\n')}\n`.normalize('NFC'), html: toHtml(all).normalize('NFC') };
}

/** Where the notification is read in the app: as the notifications page links it (app/(workspace)/notifications/page.tsx). */
export function notificationPath(item: Pick<NotificationItem, 'kind' | 'nominationId' | 'slug'>, role: Role): string {
  if (item.kind === 'comment_published') return `/examples/${item.slug}#y-kien-ban-doc`;
  return role === 'unit_member' ? `/nominations/${item.nominationId}` : `/review/${item.nominationId}`;
}

function formatTime(at: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(at);
}

export function notificationMail({ name, role, item, siteUrl }: { name: string; role: Role; item: NotificationItem; siteUrl: string }): MailContent {
  const label = notificationLabel(item.kind);
  const paragraphs = [`Kính gửi ${name},`, `${label}: “${item.title}”.`];
  if (item.comment) paragraphs.push(`Ý kiến kèm theo: ${item.comment}`);
  paragraphs.push('Xem chi tiết tại:', `${siteUrl}${notificationPath(item, role)}`);
  paragraphs.push(`Bạn có thể đổi cách nhận thư thông báo tại ${siteUrl}/account#thu-thong-bao`);
  return mail(`[${SITE_NAME}] ${label}`, paragraphs);
}

export function digestMail({
  name,
  role,
  items,
  day,
  siteUrl,
}: {
  name: string;
  role: Role;
  items: NotificationItem[];
  day: string;
  siteUrl: string;
}): MailContent {
  const [y, m, d] = day.split('-');
  const lines = items.map(
    (item) => `• ${formatTime(item.createdAt)} — ${notificationLabel(item.kind)}: “${item.title}”\n  ${siteUrl}${notificationPath(item, role)}`,
  );
  const paragraphs = [
    `Kính gửi ${name},`,
    `Bạn có ${items.length} thông báo mới kể từ thư tóm tắt trước:`,
    lines.join('\n'),
    'Xem tất cả thông báo tại:',
    `${siteUrl}/notifications`,
    `Bạn có thể đổi cách nhận thư thông báo tại ${siteUrl}/account#thu-thong-bao`,
  ];
  return mail(`[${SITE_NAME}] Tóm tắt thông báo ngày ${d}/${m}/${y} (${items.length})`, paragraphs);
}

export function setupLinkMail({ name, url, expiresAt, purpose }: { name: string; url: string; expiresAt: Date; purpose: 'setup' | 'reset' }): MailContent {
  const what = purpose === 'setup' ? 'tài khoản của bạn đã được tạo' : 'quản trị viên đã cấp cho bạn đường dẫn đặt lại mật khẩu';
  return mail(`[${SITE_NAME}] Đường dẫn đặt mật khẩu`, [
    `Kính gửi ${name},`,
    `Trên hệ thống ${SITE_NAME}, ${what}. Hãy mở đường dẫn dưới đây để tự đặt mật khẩu (dùng một lần, hết hạn lúc ${formatTime(expiresAt)}):`,
    url,
    'Nếu bạn không đề nghị việc này, hãy bỏ qua thư và báo cho quản trị viên.',
  ]);
}
