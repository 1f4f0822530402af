// Public codes of recorded commendations (/verify/[code]): printed on paper, read by a QR scanner or typed.

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
export const VERIFY_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters of 5 random bits each: 80 bits, far beyond what anyone can try at any rate. */
export const VERIFY_CODE_LENGTH = 16;
export const VERIFY_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{16}$/;

/**
 * The column default, in SQL both PostgreSQL and PGlite have built in: each character from the first byte
 * of its own random UUID (fully random in a version 4 UUID; 256 is a multiple of 32, so no bias). Being a
 * volatile default, it also gives every row that exists when the column is added a code of its own.
 */
export const VERIFY_CODE_SQL_DEFAULT = Array.from(
  { length: VERIFY_CODE_LENGTH },
  () => `substr('${VERIFY_CODE_ALPHABET}', 1 + get_byte(uuid_send(gen_random_uuid()), 0) % 32, 1)`,
).join(' || ');

/**
 * What someone typed or scanned, as stored: upper case, without the spaces and hyphens of the printed
 * groups; the letters Crockford reads as digits are read so. Null when it cannot be a code.
 */
export function normalizeVerifyCode(raw: string): string | null {
  if (raw.length > 40) return null;
  const code = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return VERIFY_CODE_PATTERN.test(code) ? code : null;
}

/** "7K3M-Q9XD-4HBT-2WRN": easier to read off paper and to type. */
export function formatVerifyCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

export function verifyPath(code: string): string {
  return `/verify/${code}`;
}
