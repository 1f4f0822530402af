// Shared by the nomination form and the server, so it must not import Node modules.

const MB = 1024 * 1024;

export const PHOTO_MAX_BYTES = 10 * MB;
export const DOCUMENT_MAX_BYTES = 20 * MB;
export const MAX_PHOTOS = 12;
export const MAX_DOCUMENTS = 10;
export const PHOTO_LARGE_WIDTH = 1600;
export const PHOTO_THUMB_WIDTH = 480;

// Messages quote the constants so a changed limit cannot leave a stale number on screen.
export const UPLOAD_MESSAGES = {
  empty: 'Tệp rỗng.',
  photoTooLarge: `Ảnh vượt quá ${PHOTO_MAX_BYTES / MB} MB.`,
  notAnImage: 'Tệp này không phải là ảnh JPEG, PNG, WebP hoặc HEIC đọc được.',
  tooManyPixels: 'Ảnh có kích thước điểm ảnh quá lớn.',
  photoCorrupt: 'Ảnh bị hỏng hoặc không đầy đủ.',
  tooManyPhotos: `Mỗi hồ sơ có tối đa ${MAX_PHOTOS} ảnh.`,
  notPdf: 'Tệp này không phải là PDF.',
  pdfTooLarge: `Tài liệu vượt quá ${DOCUMENT_MAX_BYTES / MB} MB.`,
  pdfCorrupt: 'Tài liệu PDF bị hỏng hoặc không đầy đủ.',
  pdfActive: 'Tài liệu PDF chứa mã JavaScript hoặc hành động tự chạy nên không được nhận.',
  pdfEncrypted: 'Tài liệu PDF có mật khẩu hoặc mã hóa nên không được nhận.',
  tooManyDocuments: `Mỗi hồ sơ có tối đa ${MAX_DOCUMENTS} tài liệu.`,
} as const;
