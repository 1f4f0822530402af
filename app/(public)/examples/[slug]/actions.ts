'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { getCurrentUser } from '@/lib/auth/current-user';
import { requestInfo } from '@/lib/auth/request-info';
import { authSecret } from '@/lib/auth/secret';
import { now } from '@/lib/clock';
import { submitReplicationRequest } from '@/lib/examples/replication-requests';
import { fromDomain, invalid, type ActionState } from '@/lib/outcome';

const THANKS =
  'Đăng ký của bạn đã được gửi đến đơn vị giới thiệu điển hình. Đơn vị sẽ liên hệ với bạn để hẹn trao đổi, tham quan. Thông tin liên hệ của bạn không được công khai.';
const FIELDS = ['name', 'phone', 'email', 'communeTree', 'communeCode', 'message'] as const;

/**
 * "Đăng ký học tập, nhân rộng mô hình". No account needed: the same-origin check, the honeypot and the rate
 * limits guard it. The example travels as a plain field, not a bound argument, so the form in a page served
 * from the page cache posts exactly what a freshly rendered one would.
 */
export async function requestReplicationAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const h = await headers();
  if (!isSameOrigin(h)) return invalid('Yêu cầu không hợp lệ. Vui lòng tải lại trang và gửi lại.');
  const raw = Object.fromEntries(FIELDS.map((key) => [key, String(formData.get(key) ?? '')]));
  const result = await submitReplicationRequest(getDb(), {
    exampleId: String(formData.get('exampleId') ?? ''),
    raw,
    honeypot: String(formData.get('website') ?? ''),
    actor: await getCurrentUser(),
    address: requestInfo(h).ipAddress,
    salt: authSecret(),
    now: now(),
  });
  if (!result.ok) return fromDomain(result, raw);
  return { status: 'ok', message: THANKS };
}
