/**
 * Counts, per address, the codes asked for that do not exist; past `max` in `windowMs` the address gets
 * no more answers until the window passes. Real codes are 80 random bits, so this only makes a scripted
 * search visible and slow. In memory: each server process counts on its own, which is enough for that.
 */
export function createMissLimiter({
  max,
  windowMs,
  maxAddresses = 10_000,
  now = Date.now,
}: {
  max: number;
  windowMs: number;
  maxAddresses?: number;
  now?: () => number;
}) {
  const misses = new Map<string, number[]>();
  const recent = (address: string) => (misses.get(address) ?? []).filter((t) => t > now() - windowMs);
  return {
    limited(address: string | null): boolean {
      return address !== null && recent(address).length >= max;
    },
    recordMiss(address: string | null): void {
      if (address === null) return;
      const times = recent(address);
      times.push(now());
      // Re-inserted last, so the first key is the one missed longest ago.
      misses.delete(address);
      misses.set(address, times);
      while (misses.size > maxAddresses) misses.delete(misses.keys().next().value as string);
    },
  };
}

export type MissLimiter = ReturnType<typeof createMissLimiter>;

export const VERIFY_MISS_LIMIT = { max: 30, windowMs: 10 * 60_000 } as const;

const holder = globalThis as unknown as { __guongSangVerifyMisses?: MissLimiter };
holder.__guongSangVerifyMisses ??= createMissLimiter(VERIFY_MISS_LIMIT);
export const verifyMisses: MissLimiter = holder.__guongSangVerifyMisses;
