import 'server-only';
import type { Db } from '@/db/client';
import { getCommendationByVerifyCode } from '@/db/queries/commendations';
import { normalizeVerifyCode } from '@/lib/domain/verify-code';
import type { MissLimiter } from './miss-limit';

export type VerifiedCommendation = NonNullable<Awaited<ReturnType<typeof getCommendationByVerifyCode>>>;

export type VerifyOutcome =
  | { kind: 'found'; code: string; commendation: VerifiedCommendation }
  /** A real code written another way (lower case, hyphens): its one canonical address. */
  | { kind: 'canonical'; code: string }
  | { kind: 'not_found' }
  | { kind: 'limited' };

/**
 * What /verify/[code] answers. Malformed and unknown codes look the same and both count as misses; an
 * address past the limit is not looked up at all, so guessing gets no faster by asking more.
 */
export async function lookUpVerifyCode(db: Db, limiter: MissLimiter, { raw, address }: { raw: string; address: string | null }): Promise<VerifyOutcome> {
  if (limiter.limited(address)) return { kind: 'limited' };
  const code = normalizeVerifyCode(raw);
  const commendation = code ? await getCommendationByVerifyCode(db, { code }) : null;
  if (!code || !commendation) {
    limiter.recordMiss(address);
    return { kind: 'not_found' };
  }
  if (code !== raw) return { kind: 'canonical', code };
  return { kind: 'found', code, commendation };
}
