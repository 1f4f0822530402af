/** The one-time link, shown once to the admin, who hands it over in person or by phone message (or mails a fresh one). */
export function SetupLinkBox({ url, expiresAt }: { url: string; expiresAt: string }) {
  return (
    <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-4">
      <label htmlFor="setup-link" className="block text-sm font-semibold text-stone-900">
        Đường dẫn đặt mật khẩu (dùng một lần, hết hạn lúc {expiresAt})
      </label>
      <input id="setup-link" readOnly value={url} className="mt-2 block w-full rounded border border-stone-400 bg-white px-2 py-1 font-mono text-sm" />
      <p className="mt-2 text-sm text-stone-700">
        Hãy sao chép và chuyển đường dẫn này trực tiếp cho người dùng, hoặc dùng nút “Gửi qua e-mail” trên trang tài khoản của họ. Đường dẫn sẽ không hiển thị
        lại.
      </p>
    </div>
  );
}
