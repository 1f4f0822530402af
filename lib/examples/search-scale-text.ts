import { formatNumber } from '@/lib/format';

/**
 * The list's wording for a search counted only up to a cap (db/queries/search-at-scale.ts), kept in
 * one place so the heading, the paging note and the facet note say the same thing.
 */

/** "12 điển hình", or "hơn 10.000 điển hình" when counting stopped at the cap. */
export function matchCountText(total: number, exact: boolean): string {
  return exact ? `${formatNumber(total)} điển hình` : `Hơn ${formatNumber(total)} điển hình`;
}

/** Shown instead of "Xem tiếp" once a large search has been paged to the end of what was counted. */
export function pagingCappedText(total: number): string {
  return `Chỉ xem được ${formatNumber(total)} kết quả đầu tiên. Hãy thêm từ khoá hoặc chọn địa bàn, năm, lĩnh vực để thu hẹp tìm kiếm.`;
}

export const ESTIMATED_FACETS_TEXT = 'Số trong ngoặc là ước tính: tìm kiếm này có quá nhiều kết quả để đếm hết.';

/** A facet option's label with its count; an estimate is marked "≈". */
export function withFacetCount(text: string, n: number | undefined, estimated = false): string {
  return estimated ? `${text} (≈${formatNumber(n ?? 0)})` : `${text} (${n ?? 0})`;
}
