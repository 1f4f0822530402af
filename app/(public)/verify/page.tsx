import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TextField } from '@/components/ui/field';
import { normalizeVerifyCode, verifyPath } from '@/lib/domain/verify-code';

export const metadata: Metadata = { title: 'Xác minh khen thưởng' };

const BAD_SHAPE = 'Mã xác minh gồm 16 ký tự chữ và số (có thể viết cách nhau bằng dấu gạch ngang), ví dụ 7K3M-Q9XD-4HBT-2WRN.';

/** For a code read off paper: a plain GET form, so it works without JavaScript. The code page does the lookup. */
export default async function VerifyFormPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const typed = (await searchParams).code;
  const raw = typeof typed === 'string' ? typed.normalize('NFC').trim() : '';
  const code = raw ? normalizeVerifyCode(raw) : null;
  if (code) redirect(verifyPath(code));
  const error = raw ? BAD_SHAPE : undefined;
  return (
    <section className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">Xác minh khen thưởng</h1>
      <p className="mt-3">
        Mỗi khen thưởng ghi trong sổ vàng Gương sáng có một mã xác minh, in kèm mã QR trên phụ lục của giấy khen và trên phiếu thông tin điển hình. Quét mã QR
        hoặc nhập mã để kiểm tra khen thưởng có thật hay không.
      </p>
      <form action="/verify" method="get" className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <TextField
          id="code"
          label="Mã xác minh"
          defaultValue={raw}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={40}
          required
        />
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Xác minh
        </button>
      </form>
    </section>
  );
}
