import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { newStorageKey, type FileStorage } from '@/lib/domain/file-storage';
import type { Db } from '../client';
import { attachments, exampleFollowUps, exampleUpdatePhotos, exampleUpdates, nominations } from '../schema';
import { DEMO_NOMINATIONS } from './demo-nominations';
import { renderDemoPhoto } from './demo-photos';
import type { DemoPhoto } from './demo-types';

/** Draws and stores one demo photo, private, recording its keys in `written` so a failed seed removes them. */
async function storeDemoPhoto(db: Db, storage: FileStorage, written: string[], nominationId: string, photo: DemoPhoto, seed: string): Promise<string> {
  const rendered = await renderDemoPhoto(photo, seed);
  const storageKey = newStorageKey('webp');
  const thumbnailKey = storageKey.replace('.webp', '-thumb.webp');
  await storage.put(storageKey, rendered.large);
  written.push(storageKey);
  await storage.put(thumbnailKey, rendered.thumbnail);
  written.push(thumbnailKey);
  const [row] = await db
    .insert(attachments)
    .values({
      nominationId,
      kind: 'photo',
      storageKey,
      thumbnailKey,
      originalName: `${seed}.webp`,
      mime: 'image/webp',
      bytes: rendered.large.length,
      sha256: createHash('sha256').update(rendered.large).digest('hex'),
      width: rendered.width,
      height: rendered.height,
      caption: photo.caption,
      isPublic: photo.isPublic,
      position: 100,
    })
    .returning({ id: attachments.id });
  return row!.id;
}

/**
 * Photos of the living demo, on the Phú Nghĩa cow bank: one in its pending update (the reviewer sees it
 * before deciding) and one with its newest confirmed follow-up (public beside the figures).
 */
export async function seedDemoLivingPhotos(db: Db, storage: FileStorage, written: string[]): Promise<void> {
  const title = DEMO_NOMINATIONS.find((d) => d.key === 'ngan-hang-bo-phu-nghia')!.title;
  const [cowBank] = await db.select({ id: nominations.id }).from(nominations).where(eq(nominations.title, title));
  if (!cowBank) return;
  const [pending] = await db
    .select({ id: exampleUpdates.id, nominationId: exampleUpdates.nominationId })
    .from(exampleUpdates)
    .where(and(eq(exampleUpdates.status, 'pending'), eq(exampleUpdates.nominationId, cowBank.id)));
  if (pending) {
    const photo: DemoPhoto = { caption: 'Bốn con bò giống tổ nhận thêm năm 2026', motif: 'cattle', isPublic: false };
    const attachmentId = await storeDemoPhoto(db, storage, written, pending.nominationId, photo, 'ngan-hang-bo-de-xuat-1');
    await db.insert(exampleUpdatePhotos).values({ updateId: pending.id, attachmentId });
  }
  const [followUp] = await db
    .select({ id: exampleFollowUps.id, nominationId: exampleFollowUps.nominationId, year: exampleFollowUps.year })
    .from(exampleFollowUps)
    .where(and(eq(exampleFollowUps.state, 'confirmed'), eq(exampleFollowUps.nominationId, cowBank.id)))
    .orderBy(desc(exampleFollowUps.year))
    .limit(1);
  if (followUp) {
    const photo: DemoPhoto = { caption: 'Chuồng bò của tổ sau ba năm nuôi xoay vòng', motif: 'cattle', isPublic: false };
    const photoId = await storeDemoPhoto(db, storage, written, followUp.nominationId, photo, `theo-doi-${followUp.year}`);
    await db.update(exampleFollowUps).set({ photoId }).where(eq(exampleFollowUps.id, followUp.id));
  }
}
