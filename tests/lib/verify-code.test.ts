import { describe, expect, it } from 'vitest';
import { formatVerifyCode, normalizeVerifyCode, VERIFY_CODE_SQL_DEFAULT } from '@/lib/domain/verify-code';
import { createMissLimiter } from '@/lib/verify/miss-limit';

describe('verify code shape', () => {
  it('reads a code as typed from paper: case, hyphens, spaces, and O, I, L read as digits', () => {
    expect(normalizeVerifyCode('7K3M-Q9XD-4HBT-2WRN')).toBe('7K3MQ9XD4HBT2WRN');
    expect(normalizeVerifyCode(' 7k3m q9xd 4hbt 2wrn ')).toBe('7K3MQ9XD4HBT2WRN');
    expect(normalizeVerifyCode('OIL0000000000000')).toBe('0110000000000000');
    for (const bad of ['', '7K3M', '7K3MQ9XD4HBT2WRNX', '7K3MQ9XD4HBT2WRU', '7K3MQ9XD4HBT2WR%', 'x'.repeat(41)]) expect(normalizeVerifyCode(bad)).toBeNull();
    expect(formatVerifyCode('7K3MQ9XD4HBT2WRN')).toBe('7K3M-Q9XD-4HBT-2WRN');
  });

  it('the column default draws each of the 16 characters from its own random UUID', () => {
    expect(VERIFY_CODE_SQL_DEFAULT.match(/gen_random_uuid\(\)/g)).toHaveLength(16);
  });
});

describe('the miss limit', () => {
  it('counts misses per address in a sliding window; an unknown address is not limited', () => {
    let now = 0;
    const limiter = createMissLimiter({ max: 3, windowMs: 1000, now: () => now });
    for (let i = 0; i < 3; i++) limiter.recordMiss('a');
    expect(limiter.limited('a')).toBe(true);
    expect(limiter.limited('b')).toBe(false);
    now = 1001;
    expect(limiter.limited('a')).toBe(false);
    limiter.recordMiss(null);
    expect(limiter.limited(null)).toBe(false);
  });

  it('forgets the addresses that missed longest ago beyond its room', () => {
    const limiter = createMissLimiter({ max: 1, windowMs: 60_000, maxAddresses: 2 });
    for (const address of ['a', 'b', 'c']) limiter.recordMiss(address);
    expect([limiter.limited('a'), limiter.limited('b'), limiter.limited('c')]).toEqual([false, true, true]);
  });
});
