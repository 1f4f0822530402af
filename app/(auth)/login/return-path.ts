import { hasControlChars } from '@/lib/domain/control-chars';

const MAX_LENGTH = 500;
/** Layers of percent-encoding looked through; anything still encoded deeper is refused. */
const MAX_DECODES = 3;
// Only its origin matters: the path is resolved against it and must stay on it.
const BASE = new URL('http://return-path.invalid');

/**
 * Refuses what a browser, or a later redirect that decodes once more, could read as another host: control
 * characters (browsers drop tabs and line breaks, so "/\t/x" becomes "//x"), backslashes (read as slashes)
 * and "//", raw or percent-encoded.
 */
function looksLikeAnotherHost(next: string): boolean {
  let layer = next;
  for (let i = 0; i <= MAX_DECODES; i++) {
    if (hasControlChars(layer) || layer.includes('\\') || layer.startsWith('//')) return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return true;
    }
    if (decoded === layer) return false;
    layer = decoded;
  }
  return true;
}

/** Where to go after signing in: a path of this site, in the normalised form it resolved to, or null. */
export function safeReturnPath(next: string | undefined | null): string | null {
  if (!next || next.length > MAX_LENGTH || !next.startsWith('/') || looksLikeAnotherHost(next)) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE.origin) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can still fold into "//x" ("/.//x"): check what would be sent, not what came in.
  if (path.startsWith('//') || looksLikeAnotherHost(path)) return null;
  if (url.pathname === '/' || url.pathname === '/login' || url.pathname.startsWith('/login/')) return null;
  return path;
}
