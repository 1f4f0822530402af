/**
 * One photo at a time through a plain multipart form: it works without JavaScript and on a slow phone
 * the browser shows its own progress. The route answers with a redirect back to this section.
 */
export function PhotoUploadForm({
  action,
  hidden,
  idPrefix,
  label,
  submitText,
  hint,
}: {
  action: string;
  hidden: Record<string, string>;
  idPrefix: string;
  label: string;
  submitText: string;
  hint: string;
}) {
  return (
    <form method="post" action={action} encType="multipart/form-data" className="mt-3 space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={`${idPrefix}-file`} className="block text-sm font-medium text-stone-900">
        {label}
      </label>
      <input
        id={`${idPrefix}-file`}
        name="file"
        type="file"
        required
        accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
        className="block w-full text-base"
        aria-describedby={`${idPrefix}-hint`}
      />
      <p id={`${idPrefix}-hint`} className="text-sm text-stone-600">
        {hint} Ảnh được xoá thông tin vị trí (GPS) trước khi lưu.
      </p>
      <label htmlFor={`${idPrefix}-caption`} className="block text-sm font-medium text-stone-900">
        Chú thích ảnh
      </label>
      <input id={`${idPrefix}-caption`} name="caption" maxLength={300} className="block w-full rounded-md border border-stone-400 px-2 py-1 text-base" />
      <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-semibold text-stone-900 hover:bg-stone-50">
        {submitText}
      </button>
    </form>
  );
}
