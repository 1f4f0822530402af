import type { ThrottleRule } from '@/db/queries/login-throttle';

/**
 * Who waits, who is locked out. A lock falls only on what the guesser controls: one address guessing one
 * account (the pair), or one address guessing many accounts. An account as a whole is never locked,
 * so a stranger cannot keep its owner out; its password checks are only spaced out, up to
 * MAX_ACCOUNT_DELAY_MS apart, whatever the number of addresses they come from.
 */
export const PAIR_RULE: ThrottleRule = { windowSeconds: 15 * 60, lockAfter: 5, lockSeconds: 15 * 60 };
export const ADDRESS_RULE: ThrottleRule = { windowSeconds: 15 * 60, lockAfter: 20, lockSeconds: 15 * 60 };
/** An account's checks are counted over this window (and the count starts again when its owner signs in). */
export const ACCOUNT_WINDOW_SECONDS = 15 * 60;
export const MAX_ACCOUNT_DELAY_MS = 5_000;
/** The first two checks of a window are not delayed: a typo costs nothing. */
const FREE_CHECKS = 2;
/** An address that signed in to the account within this time skips the account's queue (not its own pair lock). */
export const REMEMBER_PAIR_SECONDS = 30 * 24 * 60 * 60;

/** How long after check number `checks` the next check of the same account may run: 0, 0, 0.5, 1, 2, 4, then 5 s. */
export function accountSpacingMs(checks: number): number {
  if (checks < FREE_CHECKS) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, 500 * 2 ** (checks - FREE_CHECKS));
}

export function throttleKeys(email: string, ipAddress: string | null) {
  return {
    account: `email:${email}`,
    // An address never holds "|", so the pair splits unambiguously even for odd e-mail addresses.
    pair: `pair:${ipAddress ?? '-'}|${email}`,
    address: ipAddress ? `ip:${ipAddress}` : null,
  };
}
