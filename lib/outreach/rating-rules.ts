import type { RatingFigures } from '../domain/outreach';

// What the rating form, its action and the domain share; nothing server-only, the form imports it.

export const RATING_STARS = [1, 2, 3, 4, 5] as const;
/** Ratings given or changed from one address in an hour, over all examples. */
export const RATINGS_PER_ADDRESS_PER_HOUR = 20;
/** Readers (cookies) from one address who may rate one example in a day: a family or an office shares an address. */
export const READERS_PER_ADDRESS_PER_EXAMPLE_PER_DAY = 10;
/** Hashed addresses older than this serve neither limit and are forgotten (hourly, scripts/server.ts). */
export const RATING_ADDRESS_KEEP_MS = 2 * 24 * 3_600_000;

/**
 * The rating form's state. `confirm`: the browser had no reader cookie yet; the action has just set one and
 * the same choice needs one more submit (a script that keeps no cookies never gets further).
 */
export type RatingState =
  | { status: 'idle' }
  | { status: 'confirm'; stars: number; repeated: boolean; message: string }
  | { status: 'ok'; stars: number; message: string; figures: RatingFigures }
  | { status: 'invalid'; stars: number | null; message: string; notFound?: boolean };

export const RATING_IDLE: RatingState = { status: 'idle' };

export const RATING_MESSAGES = {
  chooseStars: 'Vui lòng chọn số sao, từ 1 đến 5.',
  notPublished: 'Điển hình này không còn được công bố nên không nhận đánh giá.',
  badRequest: 'Yêu cầu không hợp lệ. Vui lòng tải lại trang và gửi lại.',
  noAddress: 'Không xác định được nơi gửi đánh giá. Vui lòng tải lại trang và gửi lại.',
  addressLimit: 'Bạn đã gửi nhiều đánh giá trong một giờ qua. Vui lòng thử lại sau.',
  exampleLimit: 'Từ mạng của bạn đã có nhiều người đánh giá điển hình này trong hôm nay. Vui lòng thử lại vào ngày mai.',
  confirm: (stars: number) =>
    `Bấm “Xác nhận đánh giá” để ghi nhận ${stars} sao. Trang lưu trên máy bạn một mã ngẫu nhiên, không kèm thông tin cá nhân, để mỗi người chỉ đánh giá một lần.`,
  cookiesBlocked:
    'Trình duyệt chưa lưu mã đánh giá của trang nên chưa ghi nhận được. Vui lòng cho phép cookie với trang này rồi bấm “Xác nhận đánh giá” lần nữa.',
  saved: (stars: number) => `Cảm ơn bạn đã đánh giá ${stars} sao.`,
  changed: (from: number, to: number) => `Đã đổi đánh giá của bạn từ ${from} sao thành ${to} sao.`,
  unchanged: (stars: number) => `Bạn đã đánh giá ${stars} sao cho điển hình này từ trước.`,
} as const;

/** "1 sao" … "5 sao": the radio labels, also what a screen reader announces. */
export function starsLabel(stars: number): string {
  return `${stars} sao`;
}
