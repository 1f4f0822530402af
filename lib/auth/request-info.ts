export interface RequestInfo {
  ipAddress: string | null;
  userAgent: string | null;
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry is the one our
 * own reverse proxy (or Next itself) appended; earlier entries are whatever the client claimed.
 */
export function requestInfo(headers: Headers): RequestInfo {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .pop();
  const ip = last ?? headers.get('x-real-ip')?.trim() ?? null;
  const userAgent = headers.get('user-agent')?.slice(0, 500) ?? null;
  return { ipAddress: ip ? ip.replace(/^::ffff:/, '').slice(0, 64) : null, userAgent };
}
