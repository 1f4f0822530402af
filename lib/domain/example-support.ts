// Client-safe vocabulary of the support an approved example received (bồi dưỡng): the form, the page
// and the stats share these codes and their wording.

export const SUPPORT_FORMS = ['training', 'policy_loan', 'equipment', 'market_linkage', 'land'] as const;
export type SupportForm = (typeof SUPPORT_FORMS)[number];

export const SUPPORT_FORM_LABELS: Record<SupportForm, string> = {
  training: 'Tập huấn',
  policy_loan: 'Vay vốn NHCSXH',
  equipment: 'Hỗ trợ trang thiết bị',
  market_linkage: 'Liên kết tiêu thụ',
  land: 'Hỗ trợ đất sản xuất',
};

/** What a support row may not exceed: a hundred billion đồng is far beyond any one model's support. */
export const SUPPORT_MAX_VND = 100_000_000_000;
export const SUPPORT_PROVIDER_MAX_CHARS = 200;
/** Support recorded before the registry's first campaign would be a typo. */
export const SUPPORT_EARLIEST_YEAR = 2000;

export function isSupportForm(value: string): value is SupportForm {
  return (SUPPORT_FORMS as readonly string[]).includes(value);
}

/** `1.250.000 đ`: Vietnamese thousands separators. */
export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount)} đ`;
}
