// Reader comments (ý kiến bạn đọc) on a published example. Client-safe: the form, the queue and the
// server share these limits and words. A comment is not a nomination: its status has its own small
// machine, applied by db/queries/reader-comments.ts.

export const COMMENT_STATUSES = ['pending', 'published', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Chờ duyệt',
  published: 'Đã đăng',
  hidden: 'Đã ẩn',
};

export const COMMENT_ACTIONS = ['publish', 'hide'] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

export const COMMENT_MAX_CHARS = 1500;
export const COMMENT_NAME_MAX_CHARS = 80;
export const COMMENT_EMAIL_MAX_CHARS = 120;
export const COMMENT_MAX_LINKS = 2;
export const HIDE_REASON_MAX_CHARS = 500;
/** A family, a commune office or a mobile network puts several readers behind one address; a flood from one address stops here. */
export const COMMENTS_PER_ADDRESS_PER_HOUR = 10;
/** Bounds the moderators' queue for one example when many addresses flood it together. */
export const COMMENTS_PER_EXAMPLE_PER_HOUR = 30;
/** The public page lists this many, newest first; the count on cards and in the API is of all of them. */
export const PUBLIC_COMMENTS_SHOWN = 100;

/**
 * pending → published or hidden; published → hidden; hidden → published again, so a moderator's slip can
 * be undone. Nothing goes back to pending: someone has already read it.
 */
export function commentTarget(from: CommentStatus, action: CommentAction): CommentStatus | null {
  if (action === 'publish') return from === 'published' ? null : 'published';
  return from === 'hidden' ? null : 'hidden';
}

export function isCommentStatus(value: string): value is CommentStatus {
  return (COMMENT_STATUSES as readonly string[]).includes(value);
}

// A scheme or "www." starts a link; so does a bare host name ending in a common top-level domain
// ("ban-re.vn/khuyen-mai"). Vietnamese prose has no such tokens: its dots sit between digits or words and spaces.
const LINK =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|xyz|top|site|online|shop|club|vn|io|co|me|ru|cn|tk)\b(?:\/\S*)?/gi;

/** How many links a text holds, as a reader or a spam filter would count them. */
export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}
