import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

export interface CasebookCacheOptions {
  dir: string;
  /** Room for every kept casebook together; the least recently served go first. */
  maxBytes: number;
  /** A larger casebook is streamed but not kept. */
  maxFileBytes: number;
}

export interface CacheWriter {
  write(bytes: Buffer): void;
  /** Keeps the file under its key when it fits; `stillCurrent` false drops it (the data moved on while it was made). */
  commit(stillCurrent: boolean): Promise<void>;
  abort(): Promise<void>;
}

const NAME = /^v(\d+)-[0-9a-f]{40}\.pdf$/;
const TEMP = /^\.tmp-/;
const HOUR = 3_600_000;

/**
 * Finished casebooks on disk, named by the public data version they were made at and a hash of what was
 * asked. Only the current version is ever served, so a new version clears the older files; the rest is
 * bounded by bytes. Several processes may share the folder: files appear by rename, whole or not at all.
 */
export function createCasebookCache(options: CasebookCacheOptions) {
  const fileName = (version: number, key: string) => `v${version}-${createHash('sha256').update(key).digest('hex').slice(0, 40)}.pdf`;

  async function prune(current: number): Promise<void> {
    const names = await readdir(options.dir).catch(() => [] as string[]);
    const kept: { path: string; size: number; used: number }[] = [];
    const now = Date.now();
    for (const name of names) {
      const path = join(options.dir, name);
      const info = await stat(path).catch(() => null);
      if (!info) continue;
      const version = NAME.exec(name)?.[1];
      const stale = version !== undefined ? Number(version) !== current : TEMP.test(name) && now - info.mtimeMs > HOUR;
      if (stale) await rm(path, { force: true });
      else if (version !== undefined) kept.push({ path, size: info.size, used: info.mtimeMs });
    }
    kept.sort((a, b) => b.used - a.used);
    let total = 0;
    for (const file of kept) {
      total += file.size;
      if (total > options.maxBytes) await rm(file.path, { force: true });
    }
  }

  return {
    /** The kept casebook for this version and key, as a stream with its size; null when there is none. */
    async open(version: number, key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null> {
      const path = join(options.dir, fileName(version, key));
      // Opened first: a file removed by another process afterwards still reads to its end.
      const handle = await open(path, 'r').catch(() => null);
      if (!handle) return null;
      const { size } = await handle.stat();
      const now = new Date();
      await utimes(path, now, now).catch(() => undefined);
      const body = Readable.toWeb(createReadStream('', { fd: handle })) as ReadableStream<Uint8Array>;
      return { body, size };
    },

    async writer(version: number, key: string): Promise<CacheWriter> {
      await mkdir(options.dir, { recursive: true });
      const temp = join(options.dir, `.tmp-${randomUUID()}`);
      const file = createWriteStream(temp);
      let size = 0;
      const closed = () => new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
      return {
        write(bytes) {
          size += bytes.byteLength;
          if (size <= options.maxFileBytes) file.write(bytes);
        },
        async commit(stillCurrent) {
          await closed();
          if (!stillCurrent || size > options.maxFileBytes) {
            await rm(temp, { force: true });
            return;
          }
          await rename(temp, join(options.dir, fileName(version, key)));
          await prune(version);
        },
        async abort() {
          file.destroy();
          await rm(temp, { force: true });
        },
      };
    },
  };
}

export type CasebookCache = ReturnType<typeof createCasebookCache>;
