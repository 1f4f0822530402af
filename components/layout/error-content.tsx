'use client';

/** The error page's content (see NotFoundContent); a client component, as error boundaries are. */
export function ErrorContent({ reset }: { reset: () => void }) {
  return (
    <section className="mx-auto max-w-xl py-12 text-center" role="alert">
      <h1 className="text-2xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-3 text-stone-700">Hệ thống chưa xử lý được yêu cầu này. Dữ liệu của bạn không bị thay đổi. Vui lòng thử lại sau ít phút.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Thử lại
      </button>
    </section>
  );
}
