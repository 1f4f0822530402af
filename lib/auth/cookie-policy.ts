/** Session lifetimes: idle expiry slides with use; the absolute one counts from login. */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;
/** How stale the idle clock may get before a request pushes it forward (saves a write per request). */
export const SESSION_TOUCH_SECONDS = 5 * 60;

export interface SessionCookiePolicy {
  name: string;
  secure: boolean;
}

/**
 * `Secure` in production (browsers accept it from http://localhost too); the `__Host-` prefix,
 * which also pins the cookie to this host and path `/`, only where the site is served over HTTPS.
 */
export function sessionCookiePolicy({ siteUrl, production }: { siteUrl: string; production: boolean }): SessionCookiePolicy {
  const https = siteUrl.startsWith('https://');
  return { name: https ? '__Host-gs_session' : 'gs_session', secure: https || production };
}
