'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { requestInfo } from '@/lib/auth/request-info';
import { authSecret } from '@/lib/auth/secret';
import { now } from '@/lib/clock';
import { submitReaderComment } from '@/lib/examples/reader-comments';
import { fromDomain, invalid, type ActionState } from '@/lib/outcome';

const THANKS = 'Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được kiểm duyệt. Cảm ơn bạn đã quan tâm đến điển hình này.';
const FIELDS = ['authorName', 'authorEmail', 'content'] as const;

/**
 * "Ý kiến bạn đọc". No account and no session read: the page stays the same for everyone, and a form
 * served from the page cache posts exactly what a fresh one would (the example travels as a plain field).
 * The same-origin check, the honeypot and the rate limits guard it.
 */
export async function submitCommentAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  if (!isSameOrigin(h)) return invalid('Yêu cầu không hợp lệ. Vui lòng tải lại trang và gửi lại.');
  const raw = Object.fromEntries(FIELDS.map((key) => [key, String(formData.get(key) ?? '')]));
  const result = await submitReaderComment(getDb(), {
    exampleId: String(formData.get('exampleId') ?? ''),
    raw,
    honeypot: String(formData.get('website') ?? ''),
    address: requestInfo(h).ipAddress,
    salt: authSecret(),
    now: now(),
  });
  if (!result.ok) return fromDomain(result, raw);
  return { status: 'ok', message: THANKS };
}
