// When things happened to a synthetic nomination, what history it has and which photos it shows.
import { randomUUID } from 'node:crypto';
import type { AdminTree, NominationStatus } from '../../lib/domain/vocabulary';
import { transition, type NominationAction } from '../../lib/domain/state-machine';
import type { attachments, nominationEvents } from '../../db/schema';
import { CAPTIONS, RETURN_REASONS, REJECT_REASONS, type PhotoMotif } from './phrases';
import type { Rng } from './rng';

export type AttachmentRow = typeof attachments.$inferInsert;
export type EventRow = typeof nominationEvents.$inferInsert;

/** The statuses a synthetic nomination may have besides approved, with their share of the extras. */
export const EXTRA_STATUS_WEIGHTS = { draft: 35, submitted: 30, returned: 20, rejected: 15 } as const;
export type SyntheticStatus = 'approved' | keyof typeof EXTRA_STATUS_WEIGHTS;

export const YEAR_WEIGHTS = { '2021': 15, '2022': 18, '2023': 21, '2024': 24, '2025': 22 } as const;
/** The 2025 nominations recorded before 01/07/2025 stay in the old tree. */
export const SHARE_2025_IN_OLD_TREE = 0.4;
const REFORM = Date.UTC(2025, 6, 1);
const DAY = 86_400_000;

export interface SharedPhoto {
  motif: PhotoMotif;
  storageKey: string;
  thumbnailKey: string;
  bytes: number;
  sha256: string;
  width: number;
  height: number;
}

export interface Timeline {
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
  version: number;
  events: { action: NominationAction; from: NominationStatus; to: NominationStatus; at: Date; comment: string | null }[];
}

/** A creation date inside the year and on the right side of the reform for the tree. */
export function creationDate(rng: Rng, year: number, tree: AdminTree): Date {
  const [from, to] =
    tree === '2025'
      ? [REFORM + DAY, Date.UTC(2025, 9, 15)]
      : year === 2025
        ? [Date.UTC(2025, 0, 10), REFORM - 40 * DAY]
        : [Date.UTC(year, 0, 10), Date.UTC(year, 8, 30)];
  return new Date(from + Math.floor(rng.next() * (to - from)) + rng.int(1, 10) * 3_600_000);
}

/** The history through the state machine's own transitions (see lib/nominations/state-machine.ts). */
export function timeline(rng: Rng, status: SyntheticStatus, createdAt: Date): Timeline {
  const events: Timeline['events'] = [];
  let at = createdAt;
  const later = (minDays: number, maxDays: number) => (at = new Date(at.getTime() + rng.int(minDays, maxDays) * DAY + rng.int(0, 8) * 3_600_000));
  const step = (action: NominationAction, comment: string | null) => {
    const from = events.at(-1)?.to ?? 'draft';
    const result = transition(from, action, comment);
    if (!result.ok) throw new Error(`synthetic history: ${action} from ${from}: ${result.message}`);
    events.push({ action, from, to: result.to, at, comment });
    return at;
  };
  let submittedAt: Date | null = null;
  let decidedAt: Date | null = null;
  if (status !== 'draft') {
    later(2, 30);
    submittedAt = step('submit', null);
  }
  if (status === 'approved' || status === 'returned' || status === 'rejected') {
    later(4, 40);
    const action = status === 'approved' ? 'approve' : status === 'returned' ? 'return' : 'reject';
    decidedAt = step(action, status === 'returned' ? rng.pick(RETURN_REASONS) : status === 'rejected' ? rng.pick(REJECT_REASONS) : null);
  }
  return {
    createdAt,
    submittedAt,
    decidedAt,
    approvedAt: status === 'approved' ? decidedAt : null,
    updatedAt: at,
    version: 1 + events.length,
    events,
  };
}

export function eventRows(nominationId: string, t: Timeline): EventRow[] {
  return t.events.map((e) => ({
    nominationId,
    actorId: null,
    action: e.action,
    fromStatus: e.from,
    toStatus: e.to,
    comment: e.comment,
    createdAt: e.at,
  }));
}

/** One to three public photos (none to two for drafts), all pointing at the few shared files. */
export function photoRows(rng: Rng, nominationId: string, status: SyntheticStatus, photos: SharedPhoto[], at: Date): AttachmentRow[] {
  if (photos.length === 0) return [];
  const howMany = status === 'draft' ? rng.int(0, 2) : rng.int(1, 3);
  return rng
    .shuffle(photos)
    .slice(0, howMany)
    .map((photo, position) => ({
      id: randomUUID(),
      nominationId,
      kind: 'photo',
      storageKey: photo.storageKey,
      thumbnailKey: photo.thumbnailKey,
      originalName: `anh-${position + 1}.webp`,
      mime: 'image/webp',
      bytes: photo.bytes,
      sha256: photo.sha256,
      width: photo.width,
      height: photo.height,
      caption: rng.pick(CAPTIONS[photo.motif]),
      isPublic: true,
      position,
      createdAt: at,
    }));
}
