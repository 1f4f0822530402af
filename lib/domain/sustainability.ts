/** Years after recognition at which the statistics page reads the follow-ups. */
export const SUSTAINABILITY_HORIZONS = [1, 2, 3] as const;

export interface Sustainability {
  after: (typeof SUSTAINABILITY_HORIZONS)[number];
  /** Examples with a confirmed follow-up that many years after their own year. */
  examples: number;
  /** Households those examples counted out of poverty, the base of the share. */
  counted: number;
  stillOut: number;
  fellBack: number;
  /** stillOut / counted, or null when nothing was counted. */
  share: number | null;
}

/** "94%" (Vietnamese uses a comma for decimals: "94,5%"). */
export function formatShare(share: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(share * 100)}%`;
}
