import { createHash } from 'node:crypto';
import { and, count, desc, eq, gt, ilike, isNull, lt, or, gte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditEvents } from '../schema';

export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'login_throttled',
  'logout',
  'password_changed',
  'password_set',
  'setup_link_issued',
  'user_created',
  'user_updated',
  'user_deactivated',
  'user_reactivated',
  'unit_created',
  'unit_area_changed',
  'campaign_created',
  'campaign_updated',
  'campaign_review_setup_updated',
  'permission_denied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ipAddress?: string | null;
  userAgent?: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Anything a visitor can put in a row is cut to these (characters; the whole detail in bytes of JSON). A
 * denial or failure is what anyone can provoke, so its detail is held tighter than that of an admin's change.
 */
export const AUDIT_FIELD_LIMITS = {
  actorUserId: 64,
  actorEmail: 254,
  targetType: 40,
  targetId: 100,
  ipAddress: 64,
  userAgent: 300,
  detailKeys: 20,
  detailKey: 40,
  detailValue: 200,
  detailBytes: 2000,
} as const;
const CHANGE_DETAIL_LIMITS = { value: 4000, bytes: 16_000 } as const;
/** Nested detail (an admin change's before and after) is kept to this depth and this many items. */
const DETAIL_DEPTH = 4;
const DETAIL_ITEMS = 50;

/** Denials and failures: an attacker can repeat them at will, and a count says as much as a row per try. */
const ROLLED_UP: readonly AuditAction[] = ['permission_denied', 'login_failed', 'login_throttled'];
/** Repeats are counted on one row for at most this long; then a new row starts, so the log keeps its timeline. */
const ROLLUP_WINDOW_SECONDS = 60 * 60;
/** Rows one address may add without signing in, per window; what comes beyond is only counted. */
export const ANONYMOUS_AUDIT_LIMIT = 30;
const ANONYMOUS_WINDOW_SECONDS = 10 * 60;

type Executor = Pick<Db, 'insert' | 'select' | 'update'>;

// Control characters would let a value rewrite how the log reads in a terminal or a CSV.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function capText(value: string | null | undefined, max: number): string | null {
  if (value === null || value === undefined) return null;
  return [...value.replace(CONTROL, ' ')].slice(0, max).join('');
}

function capValue(value: unknown, maxText: number, depth = 0): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return capText(value, maxText);
  if (depth >= DETAIL_DEPTH || typeof value !== 'object') return capText(JSON.stringify(value) ?? String(value), maxText);
  if (Array.isArray(value)) return value.slice(0, DETAIL_ITEMS).map((item) => capValue(item, maxText, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .slice(0, DETAIL_ITEMS)
      .map(([k, v]) => [capText(k, AUDIT_FIELD_LIMITS.detailKey)!, capValue(v, maxText, depth + 1)]),
  );
}

function boundDetail(detail: Record<string, unknown>, { maxText, maxBytes }: { maxText: number; maxBytes: number }): Record<string, unknown> {
  const entries = Object.entries(detail)
    .slice(0, AUDIT_FIELD_LIMITS.detailKeys)
    .map(([key, value]) => [capText(key, AUDIT_FIELD_LIMITS.detailKey)!, capValue(value, maxText)] as const);
  // The first keys say what was attempted; the last ones go first when the whole is too big.
  while (entries.length > 0 && Buffer.byteLength(JSON.stringify(Object.fromEntries(entries))) > maxBytes) entries.pop();
  return Object.fromEntries(entries);
}

function boundEntry(entry: AuditEntry) {
  const limits = AUDIT_FIELD_LIMITS;
  return {
    action: entry.action,
    actorUserId: capText(entry.actorUserId, limits.actorUserId),
    actorEmail: capText(entry.actorEmail, limits.actorEmail),
    targetType: capText(entry.targetType, limits.targetType),
    targetId: capText(entry.targetId, limits.targetId),
    ipAddress: capText(entry.ipAddress, limits.ipAddress),
    userAgent: capText(entry.userAgent, limits.userAgent),
    detail: boundDetail(
      entry.detail ?? {},
      ROLLED_UP.includes(entry.action)
        ? { maxText: limits.detailValue, maxBytes: limits.detailBytes }
        : { maxText: CHANGE_DETAIL_LIMITS.value, maxBytes: CHANGE_DETAIL_LIMITS.bytes },
    ),
  };
}

type BoundEntry = ReturnType<typeof boundEntry>;

function rollupKeyOf(row: BoundEntry): string {
  const parts = [row.action, row.actorUserId, row.actorEmail, row.targetType, row.targetId, row.ipAddress, row.userAgent, row.detail];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

async function anonymousRowsRecently(db: Executor, ipAddress: string | null): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        ipAddress === null ? isNull(auditEvents.ipAddress) : eq(auditEvents.ipAddress, ipAddress),
        isNull(auditEvents.actorUserId),
        gt(auditEvents.at, sql`now() - make_interval(secs => ${ANONYMOUS_WINDOW_SECONDS})`),
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * Appends an event. Every field is capped; a denial identical to one in the last hour only counts on
 * that row; past ANONYMOUS_AUDIT_LIMIT rows per address, anonymous denials are counted on one row per
 * address and action, without their details.
 */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  let row = boundEntry(entry);
  if (!ROLLED_UP.includes(row.action)) {
    await db.insert(auditEvents).values(row);
    return;
  }
  if (!row.actorUserId && (await anonymousRowsRecently(db, row.ipAddress)) >= ANONYMOUS_AUDIT_LIMIT) {
    row = {
      action: row.action,
      actorUserId: null,
      actorEmail: null,
      targetType: null,
      targetId: null,
      ipAddress: row.ipAddress,
      userAgent: null,
      detail: { rateLimited: true },
    };
  }
  const rollupKey = rollupKeyOf(row);
  const latest = sql`(SELECT max(id) FROM audit_events WHERE rollup_key = ${rollupKey} AND at > now() - make_interval(secs => ${ROLLUP_WINDOW_SECONDS}))`;
  const bumped = await db
    .update(auditEvents)
    .set({ repeatCount: sql`${auditEvents.repeatCount} + 1`, lastAt: sql`greatest(now(), ${auditEvents.lastAt})` })
    .where(eq(auditEvents.id, latest))
    .returning({ id: auditEvents.id });
  if (bumped.length === 0) await db.insert(auditEvents).values({ ...row, rollupKey, lastAt: sql`now()` });
}

export interface AuditFilter {
  action?: AuditAction;
  actor?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit?: number;
}

export async function listAuditEvents(db: Db, filter: AuditFilter) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actor) {
    const pattern = `%${filter.actor.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(auditEvents.actorEmail, pattern), eq(auditEvents.actorUserId, filter.actor))!);
  }
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.at, filter.to));
  if (filter.beforeId) conditions.push(lt(auditEvents.id, filter.beforeId));
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorEmail: auditEvents.actorEmail,
      targetType: auditEvents.targetType,
      targetId: auditEvents.targetId,
      ipAddress: auditEvents.ipAddress,
      userAgent: auditEvents.userAgent,
      detail: auditEvents.detail,
      repeatCount: auditEvents.repeatCount,
      lastAt: auditEvents.lastAt,
    })
    .from(auditEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit ?? 50);
}
