// Shared by next.config.ts, proxy.ts and the upload routes: imports nothing.

/**
 * The largest request body that goes through Next's proxy and server actions: a nomination's text is
 * well under 100 KB, so 1 MB leaves room and keeps an anonymous sign-in from posting megabytes.
 */
export const SMALL_BODY_LIMIT = '1mb';
export const SMALL_BODY_BYTES = 1024 * 1024;
/** Multipart framing around an uploaded file (boundaries, part headers, the other fields). */
export const UPLOAD_FORM_OVERHEAD_BYTES = 64 * 1024;
