import { createHash } from 'node:crypto';
import { todayInVietnam } from '@/lib/domain/dates';
import type { Db } from '../client';
import { exampleDailyViews, exampleRatings, exampleViewTotals } from '../schema';

// Views and readers' ratings on the demo's approved examples, so their pages and /stats look visited on
// first start. Deterministic: the same figures on every seed, dated back from the day of seeding.

const VIEW_DAYS = 60;
const DAY_MS = 86_400_000;

/** Views per day, roughly: the cattle bank is the district's best-known model. */
export const DEMO_DAILY_VIEWS: Record<string, number> = {
  'ngan-hang-bo-phu-nghia': 19,
  'hop-tac-xa-dieu-duc-hanh': 14,
  'to-tiet-kiem-vay-von-binh-giai': 9,
  'ngan-hang-bo-da-kia': 8,
  'hoang-thi-mai-ban-dieu-truc-tuyen': 7,
  'nuoc-sach-bon-bu-ren': 6,
  'cuu-chien-binh-tran-van-hung-ho-tieu': 5,
  'ho-me-don-than-mnong-dak-o': 5,
  'chi-hoi-phu-nu-son-hoa-heo-dat': 4,
  'ho-dieu-van-loc-ghep-dieu': 4,
  'thanh-nien-hoc-nghe-bu-gia-map': 3,
  'ngan-hang-bo-binh-thang': 3,
  'to-hop-tac-cao-su-binh-ha': 2,
};

/** How many readers gave 1, 2, 3, 4 and 5 stars. */
export const DEMO_RATINGS: Record<string, [number, number, number, number, number]> = {
  'ngan-hang-bo-phu-nghia': [0, 1, 2, 6, 14],
  'hop-tac-xa-dieu-duc-hanh': [0, 0, 2, 5, 6],
  'to-tiet-kiem-vay-von-binh-giai': [1, 0, 2, 3, 3],
  'ngan-hang-bo-da-kia': [0, 0, 1, 3, 2],
  'hoang-thi-mai-ban-dieu-truc-tuyen': [0, 0, 1, 2, 4],
  'nuoc-sach-bon-bu-ren': [0, 1, 1, 2, 1],
  'ho-me-don-than-mnong-dak-o': [0, 0, 0, 2, 3],
  'to-hop-tac-cao-su-binh-ha': [0, 1, 1, 1, 1],
};

export async function seedDemoOutreach(db: Db, { idsByKey, now }: { idsByKey: Map<string, string>; now: Date }): Promise<void> {
  for (const [key, perDay] of Object.entries(DEMO_DAILY_VIEWS)) {
    const nominationId = idsByKey.get(key)!;
    // A weekly rhythm around the average: more on weekdays, when offices read the registry.
    const days = Array.from({ length: VIEW_DAYS }, (_, i) => ({
      nominationId,
      day: todayInVietnam(new Date(now.getTime() - (i + 1) * DAY_MS)),
      views: Math.max(1, perDay + ((i * 5 + key.length) % 7) - 3),
    }));
    await db.insert(exampleDailyViews).values(days);
    await db.insert(exampleViewTotals).values({ nominationId, views: days.reduce((sum, d) => sum + d.views, 0) });
  }
  for (const [key, tally] of Object.entries(DEMO_RATINGS)) {
    const nominationId = idsByKey.get(key)!;
    const rows = tally.flatMap((readers, i) =>
      Array.from({ length: readers }, (_, j) => {
        const at = new Date(now.getTime() - ((j * 7 + i * 3) % VIEW_DAYS) * DAY_MS - DAY_MS);
        // Not a hash of any cookie: no reader can ever match (or change) a demo rating.
        const voterHash = `demo-${createHash('sha256')
          .update(`${key}/${i + 1}/${j}`)
          .digest('base64url')}`;
        return { nominationId, voterHash, stars: i + 1, addressHash: null, createdAt: at, updatedAt: at };
      }),
    );
    await db.insert(exampleRatings).values(rows);
  }
}
