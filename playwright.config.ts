import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CLOCK_FILE } from './e2e/clock';

// Debian's Chromium where present (CI, this machine); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium';
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    }
  : {};

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

/**
 * The PostgreSQL e2e run: only what the database can change. These journeys run SQL whose answer could
 * differ between PGlite and PostgreSQL (search and filters, stats, review and notice transitions,
 * nominations, living examples and support, follow-ups, outreach, reports, open data, campaigns, the
 * outbox, the page cache's data version) or through the postgres-js driver rather than PGlite's (types,
 * locks, a pool). Layout, security headers, axe passes, malformed URLs, accounts' screens, the server log
 * and request bounds answer the same on either database and run once, on PGlite (desktop and phone).
 */
const postgresProjects = [
  {
    name: 'postgres',
    use: { ...devices['Desktop Chrome'], launchOptions },
    testMatch:
      /\/(home|registry|stats|review|notices|nominations|living-example|replication|follow-ups|outreach-journey|outreach-comments|outreach-rating|outreach-embeds|reports|open-data|page-cache|campaigns|mail)\.spec\.ts$/,
    // An axe pass over a public page reads the same markup on either database.
    grepInvert: /no accessibility violations/,
  },
  // The permission matrix's scope checks are SQL (whose rows a person may see); the rest of the matrix is
  // lib/auth/permissions.ts, the same function on either database. The audit-log check reads the denials
  // of two matrix rows, which run before it (the file is serial).
  {
    name: 'postgres-scope',
    use: { ...devices['Desktop Chrome'], launchOptions },
    testMatch: /\/permissions\.spec\.ts$/,
    grep: /(a review page|units see only|the upload endpoint checks|the commendation endpoint checks|a private file is served|denials are written|page \/admin\/users\/new:|action createUnitAction: allowed)/,
  },
];

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { baseURL, launchOptions, trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure' },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /instances\// },
    // On the phone: the public pages and the unit's daily work. Accounts, headers and the permission
    // matrix do not depend on the screen, so they run once (desktop) and keep CI short.
    {
      name: 'phone',
      use: { ...devices['Pixel 5'], viewport: { width: 360, height: 780 }, launchOptions },
      testMatch: /(home|registry|registry-phone|nominations|notices|signed-in-pages)\.spec\.ts/,
      // What the screen cannot change (who may see what, the API, the feed) is checked once, on the desktop.
      grepInvert: /is not public|the API (returns|refuses|lists)|the feed, sitemap/,
    },
    // On PostgreSQL (.ci/run, `--project=postgres --project=postgres-scope`), listed only when DATABASE_URL is set.
    ...(process.env.DATABASE_URL ? postgresProjects : []),
    // Two instances behind nginx, started by .ci/run, which sets their addresses (issue 19).
    ...(process.env.GS_INSTANCE_A ? [{ name: 'instances', testMatch: /instances\/.*\.spec\.ts/, use: { ...devices['Desktop Chrome'], launchOptions } }] : []),
  ],
  // Without E2E_BASE_URL the suite serves the built app itself (`npm run build` first).
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node dist/serve.mjs -p ${port}`,
        // Ready: the database answers and has every migration (the health check would not open it).
        url: `${baseURL}/api/ready`,
        // Lets a journey move the server's clock past a public notice (e2e/clock.ts).
        // One process, even on PostgreSQL: the journeys meet the per-process limits (ratings, comments) once.
        env: { GS_CLOCK_FILE: CLOCK_FILE, WEB_CONCURRENCY: '1' },
        reuseExistingServer: false,
        timeout: 60_000,
      },
});
