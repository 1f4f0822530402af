/**
 * Who may show the embeddable lists (/embed/…) in a frame: `EMBED_ORIGINS`, origins separated by spaces or
 * commas ("https://buggiamap.binhphuoc.gov.vn, https://*.gov.vn"); every origin when it is unset. Each entry is
 * checked, since it goes into the Content-Security-Policy header as it stands.
 */
export const EMBED_PATH_PREFIX = '/embed/';

// scheme://host[:port], the host a name (optionally "*." first), "localhost" or an IPv4 address.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ORIGIN = new RegExp(`^https?://(?:(?:\\*\\.)?${LABEL}(?:\\.${LABEL})*|\\d{1,3}(?:\\.\\d{1,3}){3})(?::(?:\\d{1,5}|\\*))?$`);

export type EmbedOrigins = { ok: true; sources: string[] } | { ok: false; invalid: string[] };

export function parseEmbedOrigins(text: string | undefined): EmbedOrigins {
  const entries = (text ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => entry.replace(/\/$/, ''));
  if (entries.length === 0) return { ok: true, sources: ['*'] };
  const invalid = entries.filter((entry) => entry !== '*' && entry !== "'self'" && !ORIGIN.test(entry.toLowerCase()));
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, sources: [...new Set(entries.map((entry) => entry.toLowerCase()))] };
}

/** The `frame-ancestors` sources for an embed; a list that does not parse allows no one (the server refuses to start with it anyway). */
export function embedFrameAncestors(text: string | undefined): string {
  const parsed = parseEmbedOrigins(text);
  return parsed.ok ? parsed.sources.join(' ') : "'none'";
}

export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(EMBED_PATH_PREFIX);
}
