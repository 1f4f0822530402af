// SMTP_URL: smtp://user:password@host:587 (STARTTLS when offered) or smtps://user:password@host:465.

export const SMTP_URL_HINT = 'cần dạng smtp://tên:mật-khẩu@máy-chủ:587 hoặc smtps://tên:mật-khẩu@máy-chủ:465';

/** Null when the address is usable; otherwise what is wrong, in Vietnamese, without repeating the address. */
export function smtpUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `không đọc được địa chỉ — ${SMTP_URL_HINT}`;
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') return `giao thức phải là smtp: hoặc smtps: — ${SMTP_URL_HINT}`;
  if (!url.hostname) return `thiếu tên máy chủ — ${SMTP_URL_HINT}`;
  if (url.password && !url.username) return `có mật khẩu mà thiếu tên đăng nhập — ${SMTP_URL_HINT}`;
  return null;
}

/** "smtp://user:secret@mail.example:587" → "mail.example:587": safe to print. */
export function describeSmtpUrl(text: string): string {
  try {
    const url = new URL(text);
    return `${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}`;
  } catch {
    return '(địa chỉ không hợp lệ)';
  }
}

/** Removes the SMTP password (as written and decoded) from a message that may quote it. */
export function redactSmtpSecret(message: string, smtpUrl: string): string {
  let out = message;
  try {
    const url = new URL(smtpUrl);
    for (const secret of new Set([url.password, safeDecode(url.password)])) {
      if (secret) out = out.split(secret).join('***');
    }
  } catch {
    // Nothing to hide in an address that does not parse.
  }
  return out;
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
