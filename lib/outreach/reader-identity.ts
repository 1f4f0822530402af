import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The anonymous reader cookie: a random id and its signature, so a script cannot invent ids and has to come
 * by one from this server (a first POST), like a browser. The database sees only keyed hashes of the id and
 * of the address, never either in clear; the key is the site's secret (AUTH_SECRET).
 */
export const READER_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function readerCookieName(siteUrl: string): string {
  // As the session cookie: `__Host-` pins it to this host, possible only over HTTPS.
  return siteUrl.startsWith('https://') ? '__Host-gs_reader' : 'gs_reader';
}

function mac(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${value}`).digest('base64url');
}

export function newReaderCookie(secret: string): string {
  const id = randomBytes(18).toString('base64url');
  return `${id}.${mac(secret, 'reader-cookie', id).slice(0, 22)}`;
}

/** The reader's id hashed for storage, or null when the cookie is missing or not one this site signed. */
export function readerHash(cookie: string | null | undefined, secret: string): string | null {
  const match = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{22})$/.exec(cookie ?? '');
  if (!match) return null;
  const [, id, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(mac(secret, 'reader-cookie', id).slice(0, 22));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return null;
  return mac(secret, 'reader', id);
}

/**
 * What the rate limits know of an address: a keyed hash of it, or of its /64 for IPv6, where one home or
 * phone is handed a whole /64 and may take any address in it.
 */
export function ratingAddressHash(address: string | null, secret: string): string | null {
  if (!address) return null;
  return mac(secret, 'rating-address', address.includes(':') ? ipv6Prefix64(address) : address);
}

function ipv6Prefix64(address: string): string {
  const [head = '', tail] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? headGroups : [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
