import { z } from 'zod';
import { databaseEnvSchema, parseEnv } from '@/db/config';
import { parseEmbedOrigins } from './embeds/origins';
import { smtpUrlProblem } from './mail/smtp-url';
import { LOG_LEVELS } from './ops/log-levels';
import { parseTrustedProxies } from './net/forwarding';
import { parseStorageUrl } from './uploads/storage-url';

/**
 * The page cache's room per process, in megabytes. Pages are kept uncompressed (each hit gets its own nonce), 20–60 kB
 * each, so 16 MB holds some 550 of them per worker: the pages a district's visitors share. The long tail is not
 * answered from it (one hit in twenty), and 32 MB cost the two workers about 45 MB more RSS (docs/performance.md).
 */
export const DEFAULT_PAGE_CACHE_MB = 16;

/**
 * Searches each process lets reach the database at once. A search waits on several round trips one after another,
 * so with two per worker the visitors' mix queued its searches at the gate: p99 296–481 ms against 274–302 with
 * four, at the same rate, and the heaviest searches at once ran no slower (docs/performance.md). Eight at once on
 * two cores stay well inside the statement timeout now that a search costs some 25 ms of the database.
 */
export const DEFAULT_SEARCH_CONCURRENCY = 4;

// The database's own settings are read by db/config.ts; the rest of the app's are added here.
const envSchema = databaseEnvSchema.extend({
  UPLOAD_DIR: z.string().trim().min(1).default('./data/uploads'),
  /** Uploads in an S3-compatible bucket (lib/uploads/storage-url.ts) instead of UPLOAD_DIR; the disk when empty. */
  STORAGE_URL: z
    .string()
    .trim()
    .default('')
    .superRefine((text, ctx) => {
      const parsed = text ? parseStorageUrl(text) : null;
      if (parsed && !parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problems.join('; ') });
    }),
  SITE_URL: z.string().trim().url().default('http://localhost:3000'),
  /** Room for public pages in the page cache of `scripts/server.ts`, in megabytes; 0 turns it off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(DEFAULT_PAGE_CACHE_MB),
  /** Uncached home, example and commune pages rendered by react-dom/server alone (lib/plain-pages), not by Next; `off` asks Next. */
  PLAIN_PAGES: z.enum(['on', 'off']).default('on'),
  /** Room for public data (query results) cached in each server process, in megabytes. */
  PUBLIC_DATA_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** Searches each server process runs against the database at once; more wait their turn (lib/examples/search-gate.ts). */
  SEARCH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(DEFAULT_SEARCH_CONCURRENCY),
  /** Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges); none by default. */
  TRUSTED_PROXIES: z
    .string()
    .default('')
    .superRefine((text, ctx) => {
      const parsed = parseTrustedProxies(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `không phải địa chỉ IP hoặc dải CIDR: ${parsed.invalid.join(', ')}` });
    }),
  /** Origins whose pages may frame the embeddable lists (/embed/…); every origin when empty. */
  EMBED_ORIGINS: z
    .string()
    .default('')
    .superRefine((text, ctx) => {
      const parsed = parseEmbedOrigins(text);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `không phải nguồn gốc dạng https://ten-mien[:cổng]: ${parsed.invalid.join(', ')}` });
    }),
  /** The SMTP server mails go out through (lib/mail/smtp.ts); none by default: mails wait in the outbox. */
  SMTP_URL: z
    .string()
    .trim()
    .default('')
    .superRefine((text, ctx) => {
      const problem = text ? smtpUrlProblem(text) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** The sender of every mail, e.g. "Gương sáng <no-reply@example.vn>"; by default no-reply at SITE_URL's host. */
  MAIL_FROM: z.string().trim().max(300).default(''),
  /** Least severe log line written by scripts/server.ts (JSON on stdout). */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Lets a scraper from elsewhere read /metrics with `Authorization: Bearer …`; loopback needs none. */
  METRICS_TOKEN: z
    .string()
    .trim()
    .min(16, 'METRICS_TOKEN phải dài ít nhất 16 ký tự')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return parseEnv(envSchema, source);
}
