import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, describeDatabaseUrl, loadPgliteDataDir, type Database } from '@/db/client';
import { countRows, isEmptyDatabase } from '@/db/queries/backup-counts';
import type { S3Storage } from '@/lib/uploads/s3-storage';
import { describeLocation } from '@/lib/uploads/storage-url';
import { eachLimited } from './each-limited';

const run = promisify(execFile);

export const BACKUP_FILES = {
  manifest: 'backup.json',
  sums: 'SHA256SUMS',
  pgDump: 'database.dump',
  pgliteDump: 'pglite-data.tar.gz',
  uploads: 'uploads',
  /** With STORAGE_URL: what the bucket held (key, size, SHA-256) instead of a copy of the files. */
  bucket: 'bucket.json',
} as const;

export interface BackupManifest {
  format: 1;
  createdAt: string;
  driver: 'pglite' | 'postgres';
  counts: Record<string, number>;
  uploads: number;
  /** 's3' when the files stayed in a bucket (listed in bucket.json); absent for files copied from UPLOAD_DIR. */
  storage?: 's3';
}

export interface BucketManifest {
  format: 1;
  bucket: string;
  endpoint?: string;
  objects: { key: string; size: number; sha256: string }[];
}

export class BackupError extends Error {}

async function filesUnder(root: string): Promise<string[]> {
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

async function isEmptyFolder(path: string): Promise<boolean> {
  return !existsSync(path) || (await readdir(path)).length === 0;
}

/**
 * Writes the database (pg_dump's custom format on PostgreSQL, the data folder on PGlite), every uploaded
 * file, and a `sha256sum`-compatible checksum list into an empty folder. On PGlite the app must be stopped:
 * the data folder has one owner at a time.
 */
export async function backup({
  database,
  databaseUrl,
  uploadDir,
  outDir,
  bucket = null,
}: {
  database: Database;
  databaseUrl?: string;
  uploadDir: string;
  outDir: string;
  /** The configured bucket (STORAGE_URL): listed with each file's hash, not copied. */
  bucket?: S3Storage | null;
}): Promise<BackupManifest> {
  if (!(await isEmptyFolder(outDir))) throw new BackupError(`Thư mục sao lưu ${outDir} đã có tệp; hãy chọn một thư mục mới hoặc trống.`);
  await mkdir(outDir, { recursive: true });
  const counts = await countRows(database.db);
  if (database.driver === 'postgres') {
    if (!databaseUrl) throw new BackupError('Thiếu DATABASE_URL để sao lưu PostgreSQL.');
    await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${join(outDir, BACKUP_FILES.pgDump)}`, `--dbname=${databaseUrl}`], databaseUrl);
  } else {
    await writeFile(join(outDir, BACKUP_FILES.pgliteDump), await database.dumpDataDir!());
  }
  let manifest: BackupManifest;
  if (bucket) {
    const listed = await describeBucket(bucket);
    await writeFile(join(outDir, BACKUP_FILES.bucket), `${JSON.stringify(listed, null, 2)}\n`);
    manifest = { format: 1, createdAt: new Date().toISOString(), driver: database.driver, counts, uploads: listed.objects.length, storage: 's3' };
  } else {
    const uploads = await filesUnder(uploadDir);
    for (const file of uploads) {
      const target = join(outDir, BACKUP_FILES.uploads, file);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(uploadDir, file), target);
    }
    manifest = { format: 1, createdAt: new Date().toISOString(), driver: database.driver, counts, uploads: uploads.length };
  }
  await writeFile(join(outDir, BACKUP_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  const lines: string[] = [];
  for (const file of await filesUnder(outDir)) lines.push(`${await sha256(join(outDir, file))}  ${file.split(sep).join('/')}`);
  await writeFile(join(outDir, BACKUP_FILES.sums), `${lines.join('\n')}\n`);
  return manifest;
}

/**
 * Every file of the app in the bucket with its size and SHA-256 (each is read once). The bucket keeps the
 * files (its own versioning or replication is what protects them); the list says what a restore needs there.
 */
async function describeBucket(bucket: S3Storage): Promise<BucketManifest> {
  const objects: BucketManifest['objects'] = [];
  for await (const object of bucket.list()) objects.push({ ...object, sha256: '' });
  await eachLimited(objects, 4, async (object) => {
    const bytes = await bucket.get(object.key);
    if (!bytes) throw new BackupError(`Tệp ${object.key} biến mất khỏi ${describeLocation(bucket.location)} trong lúc sao lưu; hãy chạy lại.`);
    object.size = bytes.length;
    object.sha256 = createHash('sha256').update(bytes).digest('hex');
  });
  return { format: 1, bucket: bucket.location.bucket, endpoint: bucket.location.endpoint, objects };
}

/**
 * A restore leaves the bucket's files where they are and checks instead that every key of the backup is
 * there with its size; what is missing is named, before anything is restored.
 */
async function checkBucketHolds(inDir: string, bucket: S3Storage): Promise<number> {
  const listed = JSON.parse(await readFile(join(inDir, BACKUP_FILES.bucket), 'utf8')) as BucketManifest;
  const present = new Map<string, number>();
  for await (const object of bucket.list()) present.set(object.key, object.size);
  const missing = listed.objects.filter((object) => present.get(object.key) !== object.size);
  if (missing.length) {
    const names = missing.slice(0, 5).map((object) => (present.has(object.key) ? `${object.key} (khác kích thước)` : object.key));
    throw new BackupError(
      `${describeLocation(bucket.location)} thiếu ${missing.length}/${listed.objects.length} tệp của bản sao lưu (bucket lúc sao lưu: s3://${listed.bucket}): ${names.join(', ')}${missing.length > 5 ? ', …' : ''}. Chưa khôi phục gì; hãy khôi phục các tệp này vào bucket (ví dụ từ phiên bản cũ của bucket) rồi chạy lại.`,
    );
  }
  return listed.objects.length;
}

/** Every file listed in SHA256SUMS is there with its hash, and nothing is missing from the list. */
export async function verifyBackup(inDir: string): Promise<BackupManifest> {
  const sumsPath = join(inDir, BACKUP_FILES.sums);
  if (!existsSync(sumsPath)) throw new BackupError(`${inDir} không phải là bản sao lưu của Gương sáng (thiếu ${BACKUP_FILES.sums}).`);
  const listed = new Map(
    (await readFile(sumsPath, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(66), line.slice(0, 64)] as const),
  );
  const present = (await filesUnder(inDir)).map((f) => f.split(sep).join('/')).filter((f) => f !== BACKUP_FILES.sums);
  for (const file of present) if (!listed.has(file)) throw new BackupError(`Tệp ${file} không có trong danh sách kiểm tra; bản sao lưu đã bị thay đổi.`);
  for (const [file, hash] of listed) {
    if (!existsSync(join(inDir, file))) throw new BackupError(`Bản sao lưu thiếu tệp ${file}.`);
    if ((await sha256(join(inDir, file))) !== hash) throw new BackupError(`Tệp ${file} không khớp mã kiểm tra; bản sao lưu bị hỏng hoặc đã bị sửa.`);
  }
  return JSON.parse(await readFile(join(inDir, BACKUP_FILES.manifest), 'utf8')) as BackupManifest;
}

/**
 * Fills an empty database and an empty upload folder from a verified backup, and refuses anything else:
 * a restore never mixes with live data. Returns the row counts read back after the restore. A backup made
 * with STORAGE_URL holds no files: the configured bucket must already hold every key it lists.
 */
export async function restore({
  inDir,
  databaseUrl,
  pgliteDir,
  uploadDir,
  bucket = null,
}: {
  inDir: string;
  databaseUrl?: string;
  pgliteDir?: string;
  uploadDir: string;
  /** The configured bucket (STORAGE_URL), for a backup whose files stayed in a bucket. */
  bucket?: S3Storage | null;
}): Promise<{ manifest: BackupManifest; counts: Record<string, number>; bucketFiles?: number }> {
  const manifest = await verifyBackup(inDir);
  const target: 'postgres' | 'pglite' = databaseUrl ? 'postgres' : 'pglite';
  if (target !== manifest.driver)
    throw new BackupError(`Bản sao lưu được tạo từ ${manifest.driver === 'postgres' ? 'PostgreSQL' : 'PGlite'}; hãy khôi phục vào cùng loại cơ sở dữ liệu.`);
  let bucketFiles: number | undefined;
  if (manifest.storage === 's3') {
    if (!bucket)
      throw new BackupError(
        'Bản sao lưu này không chứa tệp: tệp nằm trong bucket S3 (xem bucket.json). Hãy đặt STORAGE_URL trỏ tới bucket đó rồi khôi phục lại.',
      );
    // Before the database is touched: a bucket that lacks files stops the restore with nothing changed.
    bucketFiles = await checkBucketHolds(inDir, bucket);
  } else {
    if (bucket)
      throw new BackupError(
        'Bản sao lưu này chứa tệp trên đĩa. Hãy khôi phục với STORAGE_URL để trống (tệp vào UPLOAD_DIR), rồi chạy npm run storage:copy để chép vào bucket.',
      );
    if (!(await isEmptyFolder(uploadDir))) throw new BackupError(`Thư mục tệp tải lên ${uploadDir} không trống; chỉ khôi phục vào thư mục trống.`);
  }
  if (target === 'postgres') {
    const probe = createDatabase({ databaseUrl, poolSize: 1 });
    try {
      if (!(await isEmptyDatabase(probe.db)))
        throw new BackupError(`Cơ sở dữ liệu ${describeDatabaseUrl(databaseUrl!)} đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống.`);
    } finally {
      await probe.close();
    }
    await runTool(
      'pg_restore',
      ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${databaseUrl}`, join(inDir, BACKUP_FILES.pgDump)],
      databaseUrl!,
    );
  } else {
    if (!pgliteDir || !(await isEmptyFolder(pgliteDir)))
      throw new BackupError(`Thư mục dữ liệu ${pgliteDir ?? '(chưa đặt)'} không trống; chỉ khôi phục vào thư mục trống.`);
    await loadPgliteDataDir(pgliteDir, await readFile(join(inDir, BACKUP_FILES.pgliteDump)));
  }
  const files = await filesUnder(join(inDir, BACKUP_FILES.uploads));
  for (const file of files) {
    const destination = join(uploadDir, file);
    await mkdir(dirname(destination), { recursive: true });
    await copyFile(join(inDir, BACKUP_FILES.uploads, file), destination);
  }
  const restored = createDatabase({ databaseUrl, pgliteDir, poolSize: 1 });
  try {
    return { manifest, counts: await countRows(restored.db), ...(bucketFiles === undefined ? {} : { bucketFiles }) };
  } finally {
    await restored.close();
  }
}

/** pg_dump / pg_restore, with an error that names the server but never prints the password. */
async function runTool(tool: string, args: string[], databaseUrl: string): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new BackupError(`Không tìm thấy ${tool}: hãy cài gói postgresql-client cùng phiên bản với máy chủ.`);
    const stderr = String((error as { stderr?: string }).stderr ?? '').replaceAll(databaseUrl, describeDatabaseUrl(databaseUrl));
    throw new BackupError(`${tool} báo lỗi (${describeDatabaseUrl(databaseUrl)}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
}
