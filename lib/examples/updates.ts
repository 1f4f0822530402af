import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import {
  appendVersion,
  closeUpdate,
  currentVersionNumber,
  getPendingUpdate,
  insertUpdate,
  recordSlugChange,
  slugForNewTitle,
} from '@/db/queries/example-versions';
import { applyTransition, type TransitionOutcome } from '@/db/queries/nomination-transition';
import { listUpdatePhotos, publishUpdatePhotos } from '@/db/queries/update-photos';
import { canProposeUpdate, canReviewNomination, canViewUnitNomination, decisionRefusal } from '@/lib/auth/permissions';
import { fieldErrorsOf } from '@/lib/accounts/schemas';
import type { SessionUser } from '@/lib/domain/actor';
import { changedFields, pickVersioned, type VersionedField, type VersionedValues } from '@/lib/domain/example-versions';
import { controlCharsMessage, hasControlChars } from '@/lib/domain/control-chars';
import { ACTION_LABELS } from '@/lib/domain/state-machine';
import { formatDateTime } from '@/lib/format';
import { isMeaningfulReason, REVIEW_MESSAGES } from '@/lib/review/messages';
import { updateDecisionRefusal } from './update-rules';
import { photoSetKey } from './update-photos';
import { exampleUpdateSchema, UPDATE_MESSAGES, versionedOf } from './update-schema';

export type UpdateResult =
  | { ok: true; version: number; publishedVersion?: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; notFound?: boolean; stale?: boolean };

const NOT_FOUND_MESSAGE = 'Không tìm thấy điển hình này trong phạm vi bạn được xem.';

function toResult(outcome: TransitionOutcome): UpdateResult {
  if (outcome.status === 'ok') return { ok: true, version: outcome.version };
  if (outcome.status === 'conflict') {
    const last = outcome.lastEvent;
    const what = last && last.action !== 'create' && last.action !== 'assign' ? ` (${ACTION_LABELS[last.action].toLowerCase()})` : '';
    const message = last
      ? `Điển hình đã được xử lý bởi ${last.actorName ?? 'người khác'} lúc ${formatDateTime(last.at)}${what}. Không có gì thay đổi từ thao tác của bạn; hãy tải lại trang.`
      : 'Điển hình vừa thay đổi. Hãy tải lại trang để xem bản mới nhất.';
    return { ok: false, message, stale: true };
  }
  const { refusal } = outcome;
  if (refusal.code === 'not_found') return { ok: false, message: NOT_FOUND_MESSAGE, notFound: true };
  return { ok: false, message: refusal.message, ...(refusal.fieldErrors ? { fieldErrors: refusal.fieldErrors } : {}) };
}

/**
 * The unit proposes corrected public fields of its approved example. Nothing public changes: the
 * proposal waits for the deciding level. A second proposal while one is pending is refused (the row
 * lock orders two proposals; the unique index on pending proposals backs it).
 */
export async function proposeUpdate(
  db: Db,
  actor: SessionUser,
  input: { id: string; expectedVersion: number; raw: unknown; photosOnly?: boolean },
): Promise<UpdateResult> {
  const parsed = exampleUpdateSchema.safeParse(input.raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return { ok: false, message: 'Đề xuất chưa hợp lệ, vui lòng xem lại các mục được đánh dấu.', fieldErrors };
  }
  const proposed = versionedOf(parsed.data);
  const updateId = randomUUID();
  let changed: ReturnType<typeof changedFields> = [];
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: 'propose_update',
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    visible: (row) => canViewUnitNomination(actor, row),
    refuse: (row) => (canProposeUpdate(actor, row) ? null : { code: 'forbidden', message: UPDATE_MESSAGES.notPublished }),
    prepare: async ({ row }, tx) => {
      if (await getPendingUpdate(tx, { nominationId: row.id })) return { code: 'refused', message: UPDATE_MESSAGES.pendingExists };
      changed = changedFields(pickVersioned(row), proposed);
      // "Only new photos": the text may stay as published; the photos follow through the proposal's upload.
      if (changed.length === 0 && !input.photosOnly) return { code: 'refused', message: UPDATE_MESSAGES.noChange };
      return { detail: { updateId, changed } };
    },
    record: async (tx, { row }) => {
      const baseVersion = await currentVersionNumber(tx, { nominationId: row.id });
      await insertUpdate(tx, { id: updateId, nominationId: row.id, fields: proposed, changed, baseVersion, note: parsed.data.note, proposedBy: actor.id });
    },
  });
  return toResult(outcome);
}

/** The unit takes its pending proposal back; the published example is untouched. */
export async function withdrawUpdate(db: Db, actor: SessionUser, input: { id: string; expectedVersion: number; updateId: string }): Promise<UpdateResult> {
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: 'withdraw_update',
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    visible: (row) => canViewUnitNomination(actor, row),
    refuse: (row) => (canProposeUpdate(actor, row) ? null : { code: 'forbidden', message: UPDATE_MESSAGES.notOwnUnit }),
    prepare: async ({ row }, tx) => {
      const pending = await getPendingUpdate(tx, { nominationId: row.id });
      if (pending?.id !== input.updateId) return { code: 'refused', message: UPDATE_MESSAGES.noPending };
      return { detail: { updateId: pending.id } };
    },
    record: (tx) => closeUpdate(tx, { id: input.updateId, status: 'withdrawn', decidedBy: actor.id }),
  });
  return toResult(outcome);
}

/**
 * Approve: the proposal's fields are copied into the published row (derived columns and the search
 * document follow in the applier), version n+1 is appended, and a new title's slug keeps the old one
 * as a 301. Reject: the proposal closes with the reason; nothing public changes. Two reviewers on the
 * same proposal: the row lock and the version make the second one a conflict, so exactly one decides.
 * Approval and unpublication lock the same row, so one waits for the other: approved first, the
 * admin's unpublication (made on the older version) is refused as stale and must be repeated on the
 * new one; unpublished first, the approval is refused (the example is no longer published) and the
 * proposal stays pending, hidden with the example, until it is republished.
 */
export async function decideUpdate(
  db: Db,
  actor: SessionUser,
  input: {
    id: string;
    expectedVersion: number;
    updateId: string;
    approve: boolean;
    reason?: string | null;
    /** The proposal's photos as the reviewer saw them; an approval of a different set is refused. */
    seenPhotoIds?: readonly string[];
  },
): Promise<UpdateResult> {
  const reason = input.reason?.normalize('NFC').trim() || null;
  if (reason && hasControlChars(reason, { multiline: true })) {
    const message = controlCharsMessage('Lý do');
    return { ok: false, message, fieldErrors: { reason: message } };
  }
  if (!input.approve && !isMeaningfulReason(reason))
    return { ok: false, message: REVIEW_MESSAGES.reasonRequired, fieldErrors: { reason: REVIEW_MESSAGES.reasonRequired } };
  let chosen: { fields: VersionedValues; changed: VersionedField[]; slug: string } | null = null;
  let publishedVersion: number | undefined;
  const outcome = await applyTransition(db, {
    nominationId: input.id,
    action: input.approve ? 'approve_update' : 'reject_update',
    actorId: actor.id,
    expectedVersion: input.expectedVersion,
    comment: reason,
    // As for decisions: outside their scope a reviewer learns only that it is outside.
    visible: (row) => row.status !== 'draft' && (canReviewNomination(actor, row) || decisionRefusal(actor, row) === 'out_of_scope'),
    refuse: (row, { setup }) => {
      const message = updateDecisionRefusal(actor, row, setup.levels);
      return message ? { code: 'forbidden', message } : null;
    },
    expectStatus: ['approved'],
    prepare: async ({ row }, tx) => {
      const pending = await getPendingUpdate(tx, { nominationId: row.id });
      if (pending?.id !== input.updateId) return { code: 'refused', message: UPDATE_MESSAGES.noPending };
      if (!input.approve) return { detail: { updateId: pending.id } };
      const photos = await listUpdatePhotos(tx, { updateId: pending.id });
      if (photoSetKey(photos.map((p) => p.id)) !== photoSetKey(input.seenPhotoIds ?? [])) return { code: 'refused', message: UPDATE_MESSAGES.photosChanged };
      const fields = pickVersioned(pending.fields);
      // Against the live row, not the proposal's base: what this approval really changes.
      const changed = changedFields(pickVersioned(row), fields);
      if (changed.length === 0 && photos.length === 0) return { code: 'refused', message: UPDATE_MESSAGES.nothingToApprove };
      const slug = await slugForNewTitle(tx, { nominationId: row.id, currentSlug: row.slug, oldTitle: row.title, newTitle: fields.title });
      chosen = { fields, changed, slug };
      return {
        changes: { ...fields, ...(slug !== row.slug ? { slug } : {}) },
        detail: { updateId: pending.id, changed, ...(slug !== row.slug ? { slug } : {}) },
      };
    },
    record: async (tx, { row }) => {
      await closeUpdate(tx, { id: input.updateId, status: input.approve ? 'approved' : 'rejected', decidedBy: actor.id, reason });
      if (!chosen) return;
      const photosAdded = await publishUpdatePhotos(tx, { updateId: input.updateId });
      publishedVersion = await appendVersion(tx, { row, after: chosen.fields, changed: chosen.changed, updateId: input.updateId, photosAdded });
      if (chosen.slug !== row.slug) await recordSlugChange(tx, { nominationId: row.id, oldSlug: row.slug, newSlug: chosen.slug });
    },
  });
  const result = toResult(outcome);
  return result.ok && publishedVersion ? { ...result, publishedVersion } : result;
}
