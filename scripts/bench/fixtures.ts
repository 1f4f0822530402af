// What the synthetic nominations hang on: the campaign, nominating units, a few shared photos.
import { createHash } from 'node:crypto';
import { and, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { attachments, campaigns, nominations, units } from '../../db/schema';
import { renderDemoPhoto } from '../../db/seed/demo-photos';
import { DEMO_CAMPAIGN } from '../../db/seed/demo-units';
import type { AdminTree, UnitKind } from '../../lib/domain/vocabulary';
import { newStorageKey, type FileStorage } from '../../lib/domain/file-storage';
import type { AreaMaps } from './area-maps';
import { placeLabel, type UnitRef } from './generate';
import type { SharedPhoto } from './lifecycle';
import { PHOTO_MOTIFS } from './phrases';

export class SeedRefusedError extends Error {}

/** Synthetic rows must never mix silently with real ones. */
export async function assertOnlySyntheticData(db: Db, force: boolean): Promise<void> {
  const [row] = await db.select({ n: count() }).from(nominations).where(eq(nominations.isSynthetic, false));
  const real = Number(row?.n ?? 0);
  if (real > 0 && !force) {
    throw new SeedRefusedError(
      `Cơ sở dữ liệu này đã có ${real.toLocaleString('vi-VN')} hồ sơ thật (is_synthetic = false): ` +
        'không nạp dữ liệu tổng hợp vào đó. Hãy dùng một cơ sở dữ liệu riêng để đo hiệu năng ' +
        '(mặc định guongsang_bench), hoặc thêm --force nếu thật sự muốn trộn hai loại dữ liệu.',
    );
  }
}

/** The national campaign of the demo (same slug), created only when absent. */
export async function ensureCampaign(db: Db): Promise<number> {
  const [found] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, DEMO_CAMPAIGN.slug));
  if (found) return found.id;
  const [created] = await db.insert(campaigns).values(DEMO_CAMPAIGN).returning({ id: campaigns.id });
  return created!.id;
}

const UNIT_TEMPLATES: { prefix: string; kind: UnitKind }[] = [
  { prefix: 'Hội Nông dân', kind: 'association' },
  { prefix: 'Hội Liên hiệp Phụ nữ', kind: 'association' },
  { prefix: 'Ủy ban Mặt trận Tổ quốc Việt Nam', kind: 'association' },
  { prefix: 'Chi nhánh Ngân hàng Chính sách xã hội', kind: 'agency' },
];

/** Four province-level nominating units per province of each tree, reused when they exist. */
export async function ensureUnits(db: Db, maps: AreaMaps): Promise<Map<string, UnitRef[]>> {
  const wanted = (['2024', '2025'] as AdminTree[]).flatMap((tree) =>
    maps.provinces[tree].flatMap((p) =>
      UNIT_TEMPLATES.map((t) => ({ name: `${t.prefix} ${placeLabel(p)}`, kind: t.kind, adminUnitTree: tree, adminUnitCode: p.code })),
    ),
  );
  const key = (u: { name: string; adminUnitTree: string; adminUnitCode: string }) => `${u.adminUnitTree}|${u.adminUnitCode}|${u.name}`;
  const existing = await db
    .select({ id: units.id, name: units.name, adminUnitTree: units.adminUnitTree, adminUnitCode: units.adminUnitCode })
    .from(units)
    .where(inArray(units.name, [...new Set(wanted.map((w) => w.name))]));
  const byKey = new Map(existing.map((u) => [key(u), u]));
  const missing = wanted.filter((w) => !byKey.has(key(w)));
  for (let i = 0; i < missing.length; i += 500) {
    const created = await db
      .insert(units)
      .values(missing.slice(i, i + 500))
      .returning({ id: units.id, name: units.name, adminUnitTree: units.adminUnitTree, adminUnitCode: units.adminUnitCode });
    for (const u of created) byKey.set(key(u), u);
  }
  const out = new Map<string, UnitRef[]>();
  for (const w of wanted) {
    const unit = byKey.get(key(w))!;
    const group = `${w.adminUnitTree}:${w.adminUnitCode}`;
    out.set(group, [...(out.get(group) ?? []), { id: unit.id, name: unit.name }]);
  }
  if (out.size === 0) throw new Error('Chưa có đơn vị hành chính cấp tỉnh nào: hãy nạp địa giới trước (npm run db:import-units).');
  return out;
}

/** One drawn photo per motif, written once; every synthetic attachment points at one of them. */
export async function writeSharedPhotos(storage: FileStorage): Promise<SharedPhoto[]> {
  const photos: SharedPhoto[] = [];
  for (const motif of PHOTO_MOTIFS) {
    const rendered = await renderDemoPhoto({ caption: '', motif, isPublic: true }, `bench-${motif}`);
    const storageKey = newStorageKey('webp');
    const thumbnailKey = storageKey.replace('.webp', '-thumb.webp');
    await storage.put(storageKey, rendered.large);
    await storage.put(thumbnailKey, rendered.thumbnail);
    photos.push({
      motif,
      storageKey,
      thumbnailKey,
      bytes: rendered.large.length,
      sha256: createHash('sha256').update(rendered.large).digest('hex'),
      width: rendered.width,
      height: rendered.height,
    });
  }
  return photos;
}

/** Deletes every synthetic nomination (attachments and events go with them) and their unshared photo files. */
export async function deleteSyntheticData(db: Db, storage: FileStorage): Promise<number> {
  const keys = await db
    .selectDistinct({ storageKey: attachments.storageKey, thumbnailKey: attachments.thumbnailKey })
    .from(attachments)
    .innerJoin(nominations, eq(nominations.id, attachments.nominationId))
    .where(eq(nominations.isSynthetic, true));
  const deleted = await db.delete(nominations).where(eq(nominations.isSynthetic, true)).returning({ id: nominations.id });
  const candidates = [...new Set(keys.flatMap((k) => [k.storageKey, k.thumbnailKey]).filter((k): k is string => Boolean(k)))];
  if (candidates.length > 0) {
    const stillUsed = await db
      .select({ storageKey: attachments.storageKey, thumbnailKey: attachments.thumbnailKey })
      .from(attachments)
      .where(or(inArray(attachments.storageKey, candidates), inArray(attachments.thumbnailKey, candidates)));
    const used = new Set(stillUsed.flatMap((u) => [u.storageKey, u.thumbnailKey]));
    await Promise.all(candidates.filter((k) => !used.has(k)).map((k) => storage.remove(k)));
  }
  return deleted.length;
}

export async function countSynthetic(db: Db): Promise<{ approved: number; total: number }> {
  const [row] = await db
    .select({ total: count(), approved: sql<number>`count(*) FILTER (WHERE ${nominations.status} = 'approved')` })
    .from(nominations)
    .where(and(eq(nominations.isSynthetic, true)));
  return { approved: Number(row?.approved ?? 0), total: Number(row?.total ?? 0) };
}
