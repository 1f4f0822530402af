'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { requestInfo } from '@/lib/auth/request-info';
import { authSecret } from '@/lib/auth/secret';
import { now } from '@/lib/clock';
import { submitObjection } from '@/lib/notices/objections';
import { fromDomain, invalid, type ActionState } from '@/lib/outcome';

const OBJECTION_THANKS =
  'Cảm ơn bạn đã góp ý. Ý kiến đã được chuyển đến hội đồng xét duyệt; cơ quan có thể liên hệ với bạn để xác minh. Thông tin liên hệ của bạn không được công khai.';

/** A citizen's opinion on a dossier in public notice. No account: the same-origin check, the honeypot and the rate limit guard it. */
export async function submitObjectionAction(nominationId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  if (!isSameOrigin(h)) return invalid('Yêu cầu không hợp lệ. Vui lòng tải lại trang và gửi lại.');
  const raw = {
    authorName: String(formData.get('authorName') ?? ''),
    contact: String(formData.get('contact') ?? ''),
    content: String(formData.get('content') ?? ''),
  };
  const result = await submitObjection(getDb(), {
    nominationId: String(nominationId),
    raw,
    honeypot: String(formData.get('website') ?? ''),
    address: requestInfo(h).ipAddress,
    salt: authSecret(),
    now: now(),
  });
  if (!result.ok) return fromDomain(result, raw);
  return { status: 'ok', message: OBJECTION_THANKS };
}
