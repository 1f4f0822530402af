import Link from 'next/link';
import { headers } from 'next/headers';
import { requestInfo } from '@/lib/auth/request-info';
import { verifyMisses, VERIFY_MISS_LIMIT } from '@/lib/verify/miss-limit';

/** An unknown code, a malformed one, or an address that asked for too many of them. */
export default async function VerifyNotFound() {
  const limited = verifyMisses.limited(requestInfo(await headers()).ipAddress);
  return (
    <section className="mx-auto max-w-2xl py-4">
      <h1 className="text-2xl font-bold">Không tìm thấy mã xác minh</h1>
      <p className="mt-3">
        Mã này không có trong sổ vàng Gương sáng. Hãy kiểm tra lại mã in trên phụ lục kèm giấy khen (16 ký tự gồm chữ và số, ví dụ 7K3M-Q9XD-4HBT-2WRN) hoặc
        quét lại mã QR.
      </p>
      {limited && (
        <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3">
          Địa chỉ của bạn đã tra quá nhiều mã không đúng trong thời gian ngắn, nên việc tra cứu tạm dừng khoảng {VERIFY_MISS_LIMIT.windowMs / 60_000} phút.
        </p>
      )}
      <p className="mt-4">
        <Link href="/verify">Nhập mã xác minh khác</Link> · <Link href="/examples">Xem các điển hình</Link>
      </p>
    </section>
  );
}
