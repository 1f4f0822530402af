import { z } from 'zod';
import { CONTROL_CHARS_MESSAGE, hasControlChars } from '@/lib/domain/control-chars';

// What reviewers type, checked before the review domain (lib/review) sees it: control characters would
// reach the unit's notifications, the timeline and exports. Shared with nothing server-only.

/** Paragraphs: tab and line breaks are fine. */
const paragraphs = (label: string) => z.string().refine((s) => !hasControlChars(s, { multiline: true }), `${label} ${CONTROL_CHARS_MESSAGE}`);
/** One line: pasted line breaks become spaces downstream, anything else invisible is refused. */
const line = (label: string) => z.string().refine((s) => !hasControlChars(s.replace(/\s+/g, ' ')), `${label} ${CONTROL_CHARS_MESSAGE}`);

/** A decision's comment, or the reason for unpublishing. */
export const reviewCommentSchema = paragraphs('Ý kiến');
export const reviewNoteSchema = paragraphs('Ghi chú');
export const commendationTextSchema = z.object({ issuer: line('Cơ quan ban hành'), decisionNumber: line('Số quyết định') });

/** The first message of a failed parse, keyed by field (or `form`). */
export function firstIssue(error: z.ZodError, field: string): Record<string, string> {
  const issue = error.issues[0];
  return issue ? { [issue.path[0] !== undefined ? String(issue.path[0]) : field]: issue.message } : {};
}
