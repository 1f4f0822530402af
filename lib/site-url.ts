/** The public address used in links that leave the site (feeds, sitemap, share links, OpenGraph). */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}
