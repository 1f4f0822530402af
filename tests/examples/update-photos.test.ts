import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getPublishedExampleBySlug } from '@/db/queries/example-detail';
import { getPendingUpdate, listPublishedVersions } from '@/db/queries/example-versions';
import { getPublicPhoto } from '@/db/queries/files';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { listAttachments } from '@/db/queries/nomination-record';
import { listUpdatePhotos } from '@/db/queries/update-photos';
import { attachments, campaigns, nominations } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { addUpdatePhoto, removeUpdatePhoto } from '@/lib/examples/update-photos';
import { UPDATE_MESSAGES } from '@/lib/examples/update-schema';
import { decideUpdate, proposeUpdate, withdrawUpdate } from '@/lib/examples/updates';
import { PHOTO_NOTICE_MESSAGES } from '@/lib/uploads/photo-notices';
import { UPLOAD_MESSAGES } from '@/lib/uploads/limits';
import { createDiskStorage } from '@/lib/uploads/storage';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const people = {} as Record<keyof typeof PEOPLE, SessionUser>;
const uploadDir = mkdtempSync(join(tmpdir(), 'guongsang-update-photos-'));
const storage = createDiskStorage(uploadDir);
const STORY = 'Tổ hợp tác nuôi bò sinh sản xoay vòng giữa các hộ nghèo trong thôn. '.repeat(5).trim();

const storedFiles = () => readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

async function jpeg(): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer();
}

/** An approved, named example of Phú Nghĩa's commune office (memberA), decided in thamdinh@'s district. */
async function approved() {
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns).limit(1);
  const row = await insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2024,
    communeTree: '2024',
    communeCode: '25267',
    unitId: people.memberA.unitId!,
    nomineeKind: 'model',
    field: 'production',
    title: `Tổ hợp tác nuôi bò ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác',
    summary: 'Nuôi bò sinh sản xoay vòng',
    story: STORY,
    status: 'approved',
    publishMode: 'named',
    reviewLevel: 1,
    householdsEscaped: 10,
    approvedAt: new Date('2025-01-10T03:00:00Z'),
  });
  return live(row.id);
}

async function live(id: string) {
  const [row] = await database.db.select().from(nominations).where(eq(nominations.id, id));
  return row!;
}

function fields(row: typeof nominations.$inferSelect, over: Record<string, string> = {}) {
  return {
    title: row.title,
    summary: row.summary,
    story: row.story,
    householdsEscaped: String(row.householdsEscaped ?? ''),
    note: '',
    ...over,
  };
}

async function propose(row: typeof nominations.$inferSelect, over: Record<string, string>, photosOnly = false) {
  const result = await proposeUpdate(database.db, people.memberA, { id: row.id, expectedVersion: row.version, raw: fields(row, over), photosOnly });
  return { result, pending: await getPendingUpdate(database.db, { nominationId: row.id }) };
}

async function addPhoto(row: { id: string }, updateId: string, who: SessionUser = people.memberA, bytes?: Uint8Array) {
  return addUpdatePhoto(database.db, storage, who, {
    nominationId: row.id,
    updateId,
    bytes: bytes ?? (await jpeg()),
    originalName: 'bo-moi.jpg',
    caption: 'Đàn bò sau một năm',
  });
}

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key as keyof typeof PEOPLE] = await sessionUserOf(database.db, email);
});
afterAll(async () => {
  await database.dispose();
});

describe('photos in an update proposal', () => {
  it('the demo has a photo in the cow bank’s pending update and one with its newest confirmed follow-up', async () => {
    const [cowBank] = await database.db.select().from(nominations).where(eq(nominations.title, 'Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa'));
    const pending = await getPendingUpdate(database.db, { nominationId: cowBank!.id });
    const photos = await listUpdatePhotos(database.db, { updateId: pending!.id });
    expect(photos).toEqual([expect.objectContaining({ caption: 'Bốn con bò giống tổ nhận thêm năm 2026' })]);
    expect(await getPublicPhoto(database.db, { id: photos[0]!.id })).toBeNull();
    const page = await getPublishedExampleBySlug(database.db, { slug: cowBank!.slug });
    const withPhoto = page!.followUps.filter((f) => f.photoId);
    expect(withPhoto).toHaveLength(1);
    expect(withPhoto[0]!.year).toBe(Math.max(...page!.followUps.map((f) => f.year)));
    expect(await getPublicPhoto(database.db, { id: withPhoto[0]!.photoId! })).not.toBeNull();
  });

  it('stay private while pending, are shown to the reviewer, and join the public gallery on approval as part of the new version', async () => {
    const row = await approved();
    const { result, pending } = await propose(row, { summary: 'Nuôi bò sinh sản xoay vòng, nay thêm hai thôn' });
    expect(result).toMatchObject({ ok: true });
    const added = await addPhoto(row, pending!.id);
    expect(added).toMatchObject({ ok: true });
    const photoId = added.ok ? added.value.id : '';

    // Private: not served publicly, not on the public page, not in the dossier's own list (the proposal shows it).
    expect(await getPublicPhoto(database.db, { id: photoId })).toBeNull();
    expect((await getPublishedExampleBySlug(database.db, { slug: row.slug }))!.photos).toEqual([]);
    expect((await listAttachments(database.db, row.id)).map((a) => a.id)).not.toContain(photoId);
    expect(await listUpdatePhotos(database.db, { updateId: pending!.id })).toEqual([expect.objectContaining({ id: photoId, caption: 'Đàn bò sau một năm' })]);

    // A reviewer who did not see the photo cannot approve it: nothing changes.
    const current = await live(row.id);
    const blind = await decideUpdate(database.db, people.reviewerIn, { id: row.id, expectedVersion: current.version, updateId: pending!.id, approve: true });
    expect(blind).toEqual({ ok: false, message: UPDATE_MESSAGES.photosChanged });
    expect((await live(row.id)).summary).toBe(row.summary);
    expect(await getPublicPhoto(database.db, { id: photoId })).toBeNull();

    const decided = await decideUpdate(database.db, people.reviewerIn, {
      id: row.id,
      expectedVersion: current.version,
      updateId: pending!.id,
      approve: true,
      seenPhotoIds: [photoId],
    });
    expect(decided).toMatchObject({ ok: true, publishedVersion: 2 });
    expect(await getPublicPhoto(database.db, { id: photoId })).not.toBeNull();
    const page = await getPublishedExampleBySlug(database.db, { slug: row.slug });
    expect(page!.photos.map((p) => p.id)).toEqual([photoId]);
    expect((await listAttachments(database.db, row.id)).map((a) => a.id)).toContain(photoId);
    const versions = await listPublishedVersions(database.db, { nominationId: row.id, approvedAt: row.approvedAt! });
    expect(versions.at(-1)).toMatchObject({ n: 2, changed: ['summary'], photosAdded: 1 });

    // The proposal is closed: no more photos, and the refused upload leaves no file behind.
    const before = storedFiles();
    expect(await addPhoto(row, pending!.id)).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.notPending });
    expect(storedFiles()).toBe(before);
  });

  it('a photos-only proposal needs a photo before it can be approved', async () => {
    const row = await approved();
    expect((await propose(row, {})).result).toEqual({ ok: false, message: UPDATE_MESSAGES.noChange });
    const { result, pending } = await propose(row, {}, true);
    expect(result).toMatchObject({ ok: true });
    expect(pending).toMatchObject({ changed: [] });
    const empty = await decideUpdate(database.db, people.reviewerIn, {
      id: row.id,
      expectedVersion: (await live(row.id)).version,
      updateId: pending!.id,
      approve: true,
      seenPhotoIds: [],
    });
    expect(empty).toEqual({ ok: false, message: UPDATE_MESSAGES.nothingToApprove });
    const added = await addPhoto(row, pending!.id);
    const photoId = added.ok ? added.value.id : '';
    const decided = await decideUpdate(database.db, people.reviewerIn, {
      id: row.id,
      expectedVersion: (await live(row.id)).version,
      updateId: pending!.id,
      approve: true,
      seenPhotoIds: [photoId],
    });
    expect(decided).toMatchObject({ ok: true, publishedVersion: 2 });
    const versions = await listPublishedVersions(database.db, { nominationId: row.id, approvedAt: row.approvedAt! });
    expect(versions.at(-1)).toMatchObject({ n: 2, changed: [], photosAdded: 1 });
    expect((await live(row.id)).title).toBe(row.title);
  });

  it('another unit, a reviewer and a bad file are refused, and nothing is stored or recorded', async () => {
    const row = await approved();
    const { pending } = await propose(row, { summary: 'Tóm tắt mới của tổ hợp tác' });
    const before = storedFiles();
    expect(await addPhoto(row, pending!.id, people.memberB)).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.notYours });
    expect(await addPhoto(row, pending!.id, people.reviewerIn)).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.notYours });
    expect(await addPhoto(row, pending!.id, people.memberA, new TextEncoder().encode('<svg onload="x()"></svg>'))).toEqual({
      ok: false,
      message: UPLOAD_MESSAGES.notAnImage,
    });
    const badCaption = await addUpdatePhoto(database.db, storage, people.memberA, {
      nominationId: row.id,
      updateId: pending!.id,
      bytes: await jpeg(),
      originalName: 'a.jpg',
      caption: 'Ảnh\u0007',
    });
    expect(badCaption).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.captionInvalid });
    expect(storedFiles()).toBe(before);
    expect(await listUpdatePhotos(database.db, { updateId: pending!.id })).toEqual([]);
    expect(await database.db.select().from(attachments).where(eq(attachments.nominationId, row.id))).toEqual([]);
  });

  it('the unit removes a photo while pending; after a withdrawal or a rejection the photos stay private', async () => {
    const row = await approved();
    const { pending } = await propose(row, { summary: 'Tổ hợp tác mở rộng quy mô' });
    const first = await addPhoto(row, pending!.id);
    const second = await addPhoto(row, pending!.id);
    const [a, b] = [first.ok ? first.value.id : '', second.ok ? second.value.id : ''];
    const before = storedFiles();
    expect(await removeUpdatePhoto(database.db, storage, people.memberB, { attachmentId: a })).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.notYours });
    expect(await removeUpdatePhoto(database.db, storage, people.memberA, { attachmentId: a })).toEqual({ ok: true, value: { nominationId: row.id } });
    expect(storedFiles()).toBe(before - 2);
    expect((await listUpdatePhotos(database.db, { updateId: pending!.id })).map((p) => p.id)).toEqual([b]);

    const withdrawn = await withdrawUpdate(database.db, people.memberA, { id: row.id, expectedVersion: (await live(row.id)).version, updateId: pending!.id });
    expect(withdrawn).toMatchObject({ ok: true });
    expect(await removeUpdatePhoto(database.db, storage, people.memberA, { attachmentId: b })).toEqual({
      ok: false,
      message: PHOTO_NOTICE_MESSAGES.notPending,
    });
    expect(await getPublicPhoto(database.db, { id: b })).toBeNull();

    const next = await propose(await live(row.id), { summary: 'Tổ hợp tác mở rộng quy mô lần hai' });
    const third = await addPhoto(row, next.pending!.id);
    const c = third.ok ? third.value.id : '';
    const rejected = await decideUpdate(database.db, people.reviewerIn, {
      id: row.id,
      expectedVersion: (await live(row.id)).version,
      updateId: next.pending!.id,
      approve: false,
      reason: 'Ảnh chụp rõ mặt trẻ em, đề nghị chụp lại.',
    });
    expect(rejected).toMatchObject({ ok: true });
    expect(await getPublicPhoto(database.db, { id: c })).toBeNull();
    expect((await getPublishedExampleBySlug(database.db, { slug: row.slug }))!.photos).toEqual([]);
  });
});
