'use client';

/** Opens the browser's print dialog; the page's print styles lay the report out on landscape A4. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md border border-stone-400 bg-white px-4 py-2 font-medium text-stone-900 hover:bg-stone-100"
    >
      In báo cáo
    </button>
  );
}
