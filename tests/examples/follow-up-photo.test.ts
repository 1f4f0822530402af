import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getPublishedExampleBySlug } from '@/db/queries/example-detail';
import { getPublicPhoto } from '@/db/queries/files';
import { listAttachments } from '@/db/queries/nomination-record';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { attachments, campaigns, exampleFollowUps, nominations } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import { setFollowUpPhoto } from '@/lib/follow-ups/photo';
import { confirmFollowUp, fileFollowUp, FOLLOW_UP_MESSAGES } from '@/lib/follow-ups/steps';
import { PHOTO_NOTICE_MESSAGES } from '@/lib/uploads/photo-notices';
import { createDiskStorage } from '@/lib/uploads/storage';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';

let database: TestDatabase;
const people = {} as Record<keyof typeof PEOPLE, SessionUser>;
const uploadDir = mkdtempSync(join(tmpdir(), 'guongsang-follow-up-photo-'));
const storage = createDiskStorage(uploadDir);
const NOW = new Date('2026-11-20T07:00:00Z');

const storedFiles = () => readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

async function jpeg(shade = 120): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: shade, g: 150, b: 80 } } })
    .jpeg()
    .toBuffer();
}

async function versionOf(id: string) {
  const [row] = await database.db.select({ version: nominations.version }).from(nominations).where(eq(nominations.id, id));
  return row!.version;
}

/** An approved example of memberA's unit with this year's follow-up filed, not yet confirmed. */
async function filed(publishMode: 'named' | 'anonymised' = 'named') {
  const [campaign] = await database.db.select({ id: campaigns.id }).from(campaigns).limit(1);
  const row = await insertNomination(database.db, {
    campaignId: campaign!.id,
    year: 2024,
    communeTree: '2024',
    communeCode: '25267',
    unitId: people.memberA.unitId!,
    nomineeKind: 'model',
    field: 'production',
    title: `Mô hình trồng điều ${Math.random().toString(36).slice(2, 8)}`,
    nomineeName: 'Tổ hợp tác',
    summary: 'Tóm tắt',
    story: 'Câu chuyện',
    status: 'approved',
    publishMode,
    reviewLevel: 1,
    householdsEscaped: 10,
    approvedAt: new Date('2025-01-10T03:00:00Z'),
  });
  const raw = { year: '2025', modelStatus: 'expanded', householdsStillOut: '9', householdsFellBack: '1', newHouseholds: '4', note: 'Mở rộng thêm một thôn.' };
  expect(await fileFollowUp(database.db, people.memberA, { id: row.id, expectedVersion: await versionOf(row.id), raw }, NOW)).toMatchObject({ ok: true });
  const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, row.id));
  return { id: row.id, slug: row.slug, followUpId: f!.id };
}

async function setPhoto(n: { id: string; followUpId: string }, who: SessionUser = people.memberA, shade?: number) {
  return setFollowUpPhoto(database.db, storage, who, {
    nominationId: n.id,
    followUpId: n.followUpId,
    bytes: await jpeg(shade),
    originalName: 'vuon-dieu.jpg',
    caption: 'Vườn điều năm 2025',
  });
}

const confirm = async (n: { id: string; followUpId: string }, seenPhotoId: string | null) =>
  confirmFollowUp(database.db, people.reviewerIn, { id: n.id, followUpId: n.followUpId, expectedVersion: await versionOf(n.id), seenPhotoId });

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key as keyof typeof PEOPLE] = await sessionUserOf(database.db, email);
});
afterAll(async () => {
  await database.dispose();
});

describe('the photo of a follow-up', () => {
  it('is private until the follow-up is confirmed, then public beside its figures but not in the gallery', async () => {
    const n = await filed();
    const set = await setPhoto(n);
    expect(set).toMatchObject({ ok: true });
    const photoId = set.ok ? set.value.id : '';
    expect(await getPublicPhoto(database.db, { id: photoId })).toBeNull();
    // Shown with its follow-up in the dossier, not among the dossier's own photos.
    expect((await listAttachments(database.db, n.id)).map((a) => a.id)).not.toContain(photoId);

    // A reviewer whose page showed no photo cannot confirm one: nothing changes.
    expect(await confirm(n, null)).toEqual({ ok: false, message: FOLLOW_UP_MESSAGES.photoChanged });
    expect(await getPublicPhoto(database.db, { id: photoId })).toBeNull();

    expect(await confirm(n, photoId)).toMatchObject({ ok: true });
    expect(await getPublicPhoto(database.db, { id: photoId })).not.toBeNull();
    const page = await getPublishedExampleBySlug(database.db, { slug: n.slug });
    expect(page!.followUps).toEqual([expect.objectContaining({ year: 2025, photoId, photoCaption: 'Vườn điều năm 2025' })]);
    expect(page!.photos).toEqual([]);

    // Confirmed: the photo can no longer change, and the refused upload leaves no file.
    const before = storedFiles();
    expect(await setPhoto(n)).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.followUpClosed });
    expect(storedFiles()).toBe(before);
  });

  it('is replaced while waiting: the old photo and its files go', async () => {
    const n = await filed();
    const first = await setPhoto(n, people.memberA, 60);
    const firstId = first.ok ? first.value.id : '';
    const before = storedFiles();
    const second = await setPhoto(n, people.memberA, 200);
    const secondId = second.ok ? second.value.id : '';
    expect(secondId).not.toBe(firstId);
    expect(storedFiles()).toBe(before);
    expect(await database.db.select().from(attachments).where(eq(attachments.id, firstId))).toEqual([]);
    const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, n.followUpId));
    expect(f!.photoId).toBe(secondId);
    expect(await confirm(n, firstId)).toEqual({ ok: false, message: FOLLOW_UP_MESSAGES.photoChanged });
  });

  it('is refused to another unit and to reviewers, changing nothing', async () => {
    const n = await filed();
    const before = storedFiles();
    expect(await setPhoto(n, people.memberB)).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.notYours });
    expect(await setPhoto(n, people.reviewerIn)).toEqual({ ok: false, message: PHOTO_NOTICE_MESSAGES.notYours });
    expect(storedFiles()).toBe(before);
    const [f] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, n.followUpId));
    expect(f!.photoId).toBeNull();
  });

  it('of an anonymised example is never public', async () => {
    const n = await filed('anonymised');
    const set = await setPhoto(n);
    const photoId = set.ok ? set.value.id : '';
    expect(await confirm(n, photoId)).toMatchObject({ ok: true });
    expect(await getPublicPhoto(database.db, { id: photoId })).toBeNull();
    const page = await getPublishedExampleBySlug(database.db, { slug: n.slug });
    expect(page!.followUps).toEqual([expect.objectContaining({ year: 2025, photoId: null, photoCaption: null })]);
  });
});
