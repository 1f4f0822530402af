import 'server-only';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { getPublicPhoto } from '@/db/queries/files';
import { getExamplePageData } from '@/db/queries/public-pages';
import { MemoCache } from '@/lib/cache/memo-cache';
import { publicCacheKey, type PublicDataLoader } from '@/lib/cache/public-data-cache';
import type { FileStorage } from '@/lib/domain/file-storage';
import { factSheetContent, type FactSheetContent } from './content';
import { renderFactSheet, type FactSheetPhoto } from './render';

export interface FactSheet {
  pdf: Buffer;
  title: string;
  slug: string;
  /** Whether this process had made the same sheet before (same example, version and printed data). */
  fromCache: boolean;
}

/**
 * Made sheets, bounded by bytes. The key holds the slug, the published version and a hash of everything
 * printed, so a new version, a new commendation or a renamed commune makes a new sheet, while the same
 * data asked again costs nothing.
 */
export function createFactSheetCache(megabytes = 48): MemoCache {
  return new MemoCache({ maxEntries: 500, maxAgeMs: 24 * 3_600_000, maxWeight: megabytes * 1024 * 1024, weigh: (value) => (value as Buffer).byteLength });
}

/**
 * How many sheets this process makes at once. Making one takes a core for a moment; anyone can ask for
 * every example in turn, so past this a request is told to come back instead of queueing.
 */
export function createRenderGate(max: number) {
  let running = 0;
  return {
    tryEnter(): boolean {
      if (running >= max) return false;
      running++;
      return true;
    },
    leave(): void {
      running--;
    },
  };
}

export type RenderGate = ReturnType<typeof createRenderGate>;

const holder = globalThis as unknown as { __guongSangFactSheets?: MemoCache; __guongSangFactSheetGate?: RenderGate };
holder.__guongSangFactSheets ??= createFactSheetCache();
holder.__guongSangFactSheetGate ??= createRenderGate(2);

export function factSheetCacheKey(content: FactSheetContent): string {
  const digest = createHash('sha256').update(JSON.stringify(content)).digest('base64url');
  return `${content.slug}|v${content.version}|${digest}`;
}

/**
 * The fact sheet of a published example; null when there is none to show (unknown, unpublished), 'busy'
 * when it would have to be made and the gate is full. `load` is the public data loader: the sheet reads
 * the very entry the example page keeps (same key).
 */
export async function getFactSheet(
  {
    load,
    storage,
    base,
    cache = holder.__guongSangFactSheets!,
    gate = holder.__guongSangFactSheetGate!,
  }: { load: PublicDataLoader; storage: FileStorage; base: string; cache?: MemoCache; gate?: RenderGate },
  slug: string,
): Promise<FactSheet | null | 'busy'> {
  const example = (await load(publicCacheKey('example', { slug }), (db) => getExamplePageData(db, { slug })))?.example;
  if (!example) return null;
  const content = factSheetContent(example, base);
  const key = factSheetCacheKey(content);
  // A sheet being made for someone else counts as made: the request shares it.
  const hit = cache.peek<Buffer>(key);
  if (!hit && !gate.tryEnter()) return 'busy';
  const pdf = await (hit ??
    cache.get(key, async () => {
      try {
        const photo = content.photo ? await load(`fact-sheet-photo:${content.photo.id}`, (db) => getPublicPhoto(db, { id: content.photo!.id })) : null;
        return await renderFactSheet(content, photo && content.photo ? await photoForPdf(storage, photo.storageKey, content.photo.caption) : null);
      } finally {
        gate.leave();
      }
    }));
  return { pdf, title: content.title, slug: content.slug, fromCache: Boolean(hit) };
}

/** A JPEG at print size from the stored WebP; a missing file leaves the sheet without a photo. */
async function photoForPdf(storage: FileStorage, key: string, caption: string): Promise<FactSheetPhoto | null> {
  const stored = await storage.get(key);
  if (!stored) return null;
  const { data, info } = await sharp(stored)
    .resize({ width: 900, withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height, caption };
}
