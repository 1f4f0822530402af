import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as filesRoute from '@/app/files/[id]/route';
import { setDatabase } from '@/db';
import { createDatabase, type Database } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { insertAttachment } from '@/db/queries/attachments';
import { getPublicPhoto } from '@/db/queries/files';
import { attachments, nominations } from '@/db/schema';
import { seedDemo } from '@/db/seed';
import { checkStoredFiles } from '@/lib/ops/storage-check';
import { openS3Storage } from '@/lib/uploads/configured';
import type { S3Storage } from '@/lib/uploads/s3-storage';
import { storeDocument } from '@/lib/uploads/save';
import { createTestDatabase } from '../support/database';
import { startS3Standin, STANDIN_CREDENTIALS, type S3Standin } from '../support/s3-standin';

// The demo seeded straight into the bucket, as `npm run db:seed` does with STORAGE_URL set; then files go missing.
let standin: S3Standin;
let bucket: S3Storage;
let database: Database & { dispose?: () => Promise<void>; url?: string | null };
// On PGlite the database lives in a folder, so that `npm run storage:check` can open it after this file closes it.
const pgliteDir = join(mkdtempSync(join(tmpdir(), 'guongsang-check-')), 'pglite');

beforeAll(async () => {
  standin = await startS3Standin({ bucket: 'kiem-tra' });
  Object.assign(process.env, { STORAGE_URL: standin.storageUrl, AWS_ACCESS_KEY_ID: STANDIN_CREDENTIALS.accessKeyId, AWS_SECRET_ACCESS_KEY: 'x' });
  bucket = openS3Storage({ STORAGE_URL: standin.storageUrl })!;
  if (process.env.DATABASE_URL) database = await createTestDatabase();
  else {
    database = createDatabase({ pgliteDir });
    await runMigrations(database);
  }
  await seedDemo(database.db, bucket);
  // The demo has photos only: a document (a single key, as a commendation scan is) joins them.
  const photo = await publicPhoto();
  const { storageKey } = await storeDocument(bucket, Buffer.from('%PDF-1.4 báo cáo'));
  await insertAttachment(database.db, {
    nominationId: photo.nominationId,
    kind: 'document',
    storageKey,
    originalName: 'bao-cao.pdf',
    mime: 'application/pdf',
    bytes: 17,
    sha256: 'x'.repeat(64),
    caption: '',
    isPublic: false,
  });
  setDatabase(database);
});
afterAll(async () => {
  setDatabase(undefined);
  await (database.dispose ? database.dispose() : database.close());
  await standin?.stop();
});

async function publicPhoto() {
  const rows = await database.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.kind, 'photo'), eq(attachments.isPublic, true), isNotNull(attachments.thumbnailKey)));
  for (const row of rows) if (await getPublicPhoto(database.db, { id: row.id })) return row;
  throw new Error('the demo has no public photo');
}

const fetchFile = (id: string, thumb = false) =>
  filesRoute.GET(new Request(`http://localhost/files/${id}${thumb ? '?size=thumb' : ''}`), { params: Promise.resolve({ id }) });

describe('rows whose file is missing from the bucket', () => {
  it('none after the seed; then each missing file is reported once per row, naming the column', async () => {
    const clean = await checkStoredFiles(database.db, bucket);
    expect(clean.rows).toBeGreaterThan(3);
    expect(clean.files).toBeGreaterThan(clean.rows);
    expect(clean.missing).toEqual([]);

    const photo = await publicPhoto();
    const document = (await database.db.select().from(attachments).where(eq(attachments.kind, 'document')).limit(1))[0]!;
    await bucket.remove(photo.thumbnailKey!);
    await bucket.remove(document.storageKey);
    const found = await checkStoredFiles(database.db, bucket, { parallel: 3 });
    expect(found.rows).toBe(clean.rows);
    const titleOf = async (id: string) => (await database.db.select({ title: nominations.title }).from(nominations).where(eq(nominations.id, id)))[0]!.title;
    expect(found.missing).toEqual(
      [
        {
          attachmentId: photo.id,
          nominationId: photo.nominationId,
          nominationTitle: await titleOf(photo.nominationId),
          kind: 'photo',
          missing: [{ column: 'thumbnail_key', key: photo.thumbnailKey }],
        },
        {
          attachmentId: document.id,
          nominationId: document.nominationId,
          nominationTitle: await titleOf(document.nominationId),
          kind: 'document',
          missing: [{ column: 'storage_key', key: document.storageKey }],
        },
      ].sort((a, b) => a.attachmentId.localeCompare(b.attachmentId)),
    );
  });

  it('/files/[id] serves the photo from the bucket, and answers a missing file with a plain 404', async () => {
    const photo = await publicPhoto();
    const large = await fetchFile(photo.id);
    expect(large.status).toBe(200);
    expect(Buffer.from(await large.arrayBuffer())).toEqual(await bucket.get(photo.storageKey));
    // Its thumbnail was removed above.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const thumb = await fetchFile(photo.id, true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`Tệp đính kèm ${photo.id}: không có tệp ${photo.thumbnailKey} trong kho lưu tệp`));
    warn.mockRestore();
    expect(thumb.status).toBe(404);
    expect(thumb.headers.get('cache-control')).toBe('no-store');
    expect(await thumb.text()).toBe('Không tìm thấy tệp.');
  });

  it('npm run storage:check lists the missing rows in Vietnamese and exits 1; 0 once they are back', async () => {
    const run = () =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        // Not spawnSync: the stand-in answers from this very process.
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/storage-check.ts'],
          { env: { ...process.env, DATABASE_URL: database.url ?? '', PGLITE_DIR: pgliteDir } },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const document = (await database.db.select().from(attachments).where(eq(attachments.kind, 'document')).limit(1))[0]!;
    const photo = await publicPhoto();
    // PGlite has one owner at a time: the script opens the folder after this process lets go of it.
    if (!database.url) await database.close();
    try {
      await checkScript(run, document, photo);
    } finally {
      if (!database.url) {
        database = createDatabase({ pgliteDir });
        setDatabase(database);
      }
    }
  });
});

async function checkScript(
  run: () => Promise<{ status: number; stdout: string; stderr: string }>,
  document: { id: string; storageKey: string },
  photo: { thumbnailKey: string | null },
) {
  const missing = await run();
  expect(missing.status).toBe(1);
  expect(missing.stderr).toMatch(/✗ 2\/\d+ tệp đính kèm thiếu tệp trong s3:\/\/kiem-tra/);
  expect(missing.stderr).toContain(`attachments ${document.id} (tài liệu của hồ sơ "`);
  expect(missing.stderr).toContain(`thiếu tệp chính ${document.storageKey}`);
  expect(missing.stderr).toContain(`thiếu ảnh thu nhỏ ${photo.thumbnailKey}`);

  await bucket.put(document.storageKey, Buffer.from('%PDF-1.4 restored'));
  await bucket.put(photo.thumbnailKey!, Buffer.from('restored'));
  const whole = await run();
  expect(whole.stdout).toMatch(/✓ \d+ tệp đính kèm \(\d+ tệp\) đều có trong s3:\/\/kiem-tra/);
  expect(whole.status).toBe(0);
}
