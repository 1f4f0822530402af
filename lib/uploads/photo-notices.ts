// Shared by the upload routes and the dossier page: imports nothing from the server.
import { AUTH_MESSAGES } from '../auth/messages';
import { MAX_PHOTOS, UPLOAD_MESSAGES } from './limits';

/** A proposal carries a few photos; the gallery's own limit still applies to all of them together. */
export const MAX_UPDATE_PHOTOS = 6;

export const PHOTO_NOTICE_MESSAGES = {
  added: 'Đã thêm ảnh. Ảnh chỉ được công khai khi cán bộ thẩm định duyệt (hoặc xác nhận).',
  removed: 'Đã bỏ ảnh.',
  notYours: 'Không tìm thấy đề xuất hoặc báo cáo này trong các hồ sơ của đơn vị bạn.',
  notPending: 'Đề xuất cập nhật này không còn chờ duyệt nên không thêm, bớt ảnh được nữa.',
  followUpClosed: 'Báo cáo theo dõi này đã được xác nhận nên không đổi ảnh được nữa.',
  tooMany: `Mỗi đề xuất cập nhật có tối đa ${MAX_UPDATE_PHOTOS} ảnh.`,
  galleryFull: `Điển hình đã có đủ ${MAX_PHOTOS} ảnh; hãy bớt ảnh trong đề xuất.`,
  photoGone: 'Không tìm thấy ảnh này; có thể đã được bỏ đi.',
  empty: UPLOAD_MESSAGES.empty,
  photoTooLarge: UPLOAD_MESSAGES.photoTooLarge,
  notAnImage: UPLOAD_MESSAGES.notAnImage,
  tooManyPixels: UPLOAD_MESSAGES.tooManyPixels,
  photoCorrupt: UPLOAD_MESSAGES.photoCorrupt,
  captionInvalid: 'Chú thích có ký tự không hợp lệ; vui lòng gõ lại.',
  unreadable: 'Không đọc được tệp gửi lên. Vui lòng chọn lại ảnh và gửi lại.',
  lengthRequired: 'Trình duyệt không cho biết kích thước tệp gửi lên. Vui lòng tải lại trang rồi gửi lại.',
  foreignOrigin: 'Yêu cầu không đến từ trang của Gương sáng nên không được thực hiện.',
  failed: 'Không lưu được ảnh. Vui lòng thử lại.',
  signInRequired: AUTH_MESSAGES.signInRequired,
  forbidden: AUTH_MESSAGES.forbidden,
} as const;

export type PhotoNoticeCode = keyof typeof PHOTO_NOTICE_MESSAGES;

/**
 * A plain-form photo upload answers with a redirect back to the dossier; the outcome travels as a
 * code, never as text, so a crafted link cannot put words on the page.
 */
export function photoNoticeCode(message: string): PhotoNoticeCode {
  const found = (Object.keys(PHOTO_NOTICE_MESSAGES) as PhotoNoticeCode[]).find((code) => PHOTO_NOTICE_MESSAGES[code] === message);
  return found ?? 'failed';
}

export function photoNotice(code: string | undefined): { ok: boolean; message: string } | null {
  if (!code || !Object.hasOwn(PHOTO_NOTICE_MESSAGES, code)) return null;
  return { ok: code === 'added' || code === 'removed', message: PHOTO_NOTICE_MESSAGES[code as PhotoNoticeCode] };
}
