'use client';

/** Opens the browser's print dialog; the header, footer and this button are left off the paper. */
export function PrintAnnexButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 whitespace-nowrap rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
    >
      In phụ lục
    </button>
  );
}
