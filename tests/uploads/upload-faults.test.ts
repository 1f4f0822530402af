import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertNomination } from '@/db/queries/nomination-drafts';
import { getPendingUpdate } from '@/db/queries/example-versions';
import { listUpdatePhotos } from '@/db/queries/update-photos';
import { attachments, campaigns, commendations, exampleFollowUps, nominations } from '@/db/schema';
import type { SessionUser } from '@/lib/domain/actor';
import type { FileStorage } from '@/lib/domain/file-storage';
import { addUpdatePhoto } from '@/lib/examples/update-photos';
import { proposeUpdate } from '@/lib/examples/updates';
import { setFollowUpPhoto } from '@/lib/follow-ups/photo';
import { fileFollowUp } from '@/lib/follow-ups/steps';
import { addAttachment } from '@/lib/nominations/attachments';
import { recordCommendation } from '@/lib/review/commendations';
import { createS3Storage, type S3Storage } from '@/lib/uploads/s3-storage';
import { parseStorageUrl } from '@/lib/uploads/storage-url';
import { PEOPLE, sessionUserOf } from '../support/accounts';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startS3Standin, STANDIN_CREDENTIALS, type S3Standin } from '../support/s3-standin';
import { onePagePdf } from './pdf-samples';

// Every upload path against a real bucket whose n-th write fails: no row may be left, nor any file.
let database: TestDatabase;
let standin: S3Standin;
let bucket: S3Storage;
const people = {} as Record<keyof typeof PEOPLE, SessionUser>;

/** The bucket, except that its n-th write (counted from now) is refused after the earlier ones landed. */
function failingOnPut(n: number): FileStorage & { puts: () => number } {
  let puts = 0;
  return {
    get: (key) => bucket.get(key),
    remove: (key) => bucket.remove(key),
    has: (key) => bucket.has(key),
    async put(key, bytes) {
      puts += 1;
      if (puts === n) throw new Error('S3 PutObject: ServiceUnavailable');
      await bucket.put(key, bytes);
    },
    puts: () => puts,
  };
}

async function bucketKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of bucket.list()) keys.push(object.key);
  return keys;
}

async function jpeg(shade = 120): Promise<Buffer> {
  return sharp({ create: { width: 640, height: 480, channels: 3, background: { r: shade, g: 150, b: 80 } } })
    .jpeg()
    .toBuffer();
}

const attachmentsOf = (nominationId: string) => database.db.select().from(attachments).where(eq(attachments.nominationId, nominationId));

async function nomination(status: 'draft' | 'approved') {
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
    story: 'Tổ hợp tác nuôi bò sinh sản xoay vòng giữa các hộ nghèo trong thôn. '.repeat(5).trim(),
    status,
    publishMode: 'named',
    reviewLevel: 1,
    householdsEscaped: 10,
    approvedAt: status === 'approved' ? new Date('2025-01-10T03:00:00Z') : null,
  });
  const [live] = await database.db.select().from(nominations).where(eq(nominations.id, row.id));
  return live!;
}

beforeAll(async () => {
  standin = await startS3Standin({ bucket: 'loi-tai-len' });
  const parsed = parseStorageUrl(standin.storageUrl);
  if (!parsed.ok) throw new Error('bad stand-in URL');
  bucket = createS3Storage(parsed.location, { credentials: STANDIN_CREDENTIALS });
  database = await createTestDatabase({ seeded: true });
  for (const [key, email] of Object.entries(PEOPLE)) people[key as keyof typeof PEOPLE] = await sessionUserOf(database.db, email);
});
afterAll(async () => {
  await database?.dispose();
  await standin?.stop();
});

describe('a write to the bucket that fails leaves no row and no file', () => {
  it('a dossier photo (the thumbnail, 2nd write, fails) and a dossier document', async () => {
    const draft = await nomination('draft');
    const photo = failingOnPut(2);
    await expect(
      addAttachment(database.db, photo, people.memberA, {
        nominationId: draft.id,
        kind: 'photo',
        bytes: await jpeg(),
        originalName: 'a.jpg',
        caption: '',
        isPublic: true,
      }),
    ).rejects.toThrow('ServiceUnavailable');
    expect(photo.puts()).toBe(2);
    const document = failingOnPut(1);
    await expect(
      addAttachment(database.db, document, people.memberA, {
        nominationId: draft.id,
        kind: 'document',
        bytes: onePagePdf().bytes,
        originalName: 'bao-cao.pdf',
        caption: '',
        isPublic: false,
      }),
    ).rejects.toThrow('ServiceUnavailable');
    expect(await attachmentsOf(draft.id)).toEqual([]);
    expect(await bucketKeys()).toEqual([]);

    // The same calls with a working bucket do store and record, so the refusals above were the bucket's.
    expect(
      await addAttachment(database.db, bucket, people.memberA, {
        nominationId: draft.id,
        kind: 'photo',
        bytes: await jpeg(),
        originalName: 'a.jpg',
        caption: '',
        isPublic: true,
      }),
    ).toMatchObject({ ok: true });
    expect(await attachmentsOf(draft.id)).toHaveLength(1);
    expect(await bucketKeys()).toHaveLength(2);
    for (const key of await bucketKeys()) await bucket.remove(key);
  });

  it('a photo of an update proposal', async () => {
    const row = await nomination('approved');
    const raw = { title: row.title, summary: row.summary, story: row.story, householdsEscaped: String(row.householdsEscaped), note: '' };
    expect(await proposeUpdate(database.db, people.memberA, { id: row.id, expectedVersion: row.version, raw, photosOnly: true })).toMatchObject({ ok: true });
    const pending = await getPendingUpdate(database.db, { nominationId: row.id });
    const storage = failingOnPut(2);
    await expect(
      addUpdatePhoto(database.db, storage, people.memberA, {
        nominationId: row.id,
        updateId: pending!.id,
        bytes: await jpeg(),
        originalName: 'bo.jpg',
        caption: 'Đàn bò',
      }),
    ).rejects.toThrow('ServiceUnavailable');
    expect(storage.puts()).toBe(2);
    expect(await listUpdatePhotos(database.db, { updateId: pending!.id })).toEqual([]);
    expect(await attachmentsOf(row.id)).toEqual([]);
    expect(await bucketKeys()).toEqual([]);
  });

  it('the photo of a follow-up, first set and then replaced: the earlier photo stays, files and all', async () => {
    const row = await nomination('approved');
    const raw = { year: '2025', modelStatus: 'expanded', householdsStillOut: '9', householdsFellBack: '1', newHouseholds: '4', note: 'Mở rộng thêm một thôn.' };
    expect(await fileFollowUp(database.db, people.memberA, { id: row.id, expectedVersion: row.version, raw }, new Date('2026-11-20T07:00:00Z'))).toMatchObject({
      ok: true,
    });
    const [followUp] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.nominationId, row.id));
    const input = { nominationId: row.id, followUpId: followUp!.id, originalName: 'dieu.jpg', caption: 'Vườn điều' };
    await expect(setFollowUpPhoto(database.db, failingOnPut(2), people.memberA, { ...input, bytes: await jpeg() })).rejects.toThrow('ServiceUnavailable');
    expect(await attachmentsOf(row.id)).toEqual([]);
    expect(await bucketKeys()).toEqual([]);

    const first = await setFollowUpPhoto(database.db, bucket, people.memberA, { ...input, bytes: await jpeg(90) });
    expect(first).toMatchObject({ ok: true });
    const kept = await bucketKeys();
    expect(kept).toHaveLength(2);
    await expect(setFollowUpPhoto(database.db, failingOnPut(2), people.memberA, { ...input, bytes: await jpeg(200) })).rejects.toThrow('ServiceUnavailable');
    const [after] = await database.db.select().from(exampleFollowUps).where(eq(exampleFollowUps.id, followUp!.id));
    expect(after!.photoId).toBe(first.ok ? first.value.id : null);
    expect((await attachmentsOf(row.id)).map((a) => a.id)).toEqual([after!.photoId]);
    expect(await bucketKeys()).toEqual(kept);
    for (const key of kept) await bucket.remove(key);
  });

  it('the scan of a commendation', async () => {
    const row = await nomination('approved');
    const values = { form: 'Giấy khen', issuer: 'UBND huyện Bù Gia Mập', decisionNumber: '77/QĐ-UBND', decisionDate: '2025-09-02' };
    const storage = failingOnPut(1);
    await expect(
      recordCommendation(database.db, storage, people.reviewerIn, { id: row.id, raw: values, scan: { bytes: onePagePdf().bytes, name: 'quyet-dinh.pdf' } }),
    ).rejects.toThrow('ServiceUnavailable');
    expect(await database.db.select().from(commendations).where(eq(commendations.nominationId, row.id))).toEqual([]);
    expect(
      await database.db
        .select()
        .from(attachments)
        .where(and(eq(attachments.nominationId, row.id), eq(attachments.kind, 'document'))),
    ).toEqual([]);
    expect(await bucketKeys()).toEqual([]);
    // With a working bucket the same commendation is recorded with its scan.
    expect(
      await recordCommendation(database.db, bucket, people.reviewerIn, {
        id: row.id,
        raw: values,
        scan: { bytes: onePagePdf().bytes, name: 'quyet-dinh.pdf' },
      }),
    ).toMatchObject({ ok: true });
    expect(await bucketKeys()).toHaveLength(1);
  });
});
