import { and, desc, eq, gte, ilike, lt, or, type SQL } from 'drizzle-orm';
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

type Executor = Pick<Db, 'insert'>;

export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({ ...entry, detail: entry.detail ?? {} });
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
    .select()
    .from(auditEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit ?? 50);
}
