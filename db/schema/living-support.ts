import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SupportForm } from '@/lib/domain/example-support';
import type { RequesterKind, RequestStatus } from '@/lib/domain/replication-requests';
import type { AdminTree } from '@/lib/domain/vocabulary';
import { adminUnits } from './admin-units';
import { users } from './auth';
import { nominations } from './nominations';
import { units } from './units';

/** Support an approved example received (bồi dưỡng): public, shown on the example page and summed in the stats. */
export const exampleSupport = pgTable(
  'example_support',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    supportedOn: date('supported_on', { mode: 'string' }).notNull(),
    form: text('form').$type<SupportForm>().notNull(),
    provider: text('provider').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('example_support_nomination_idx').on(t.nominationId, t.supportedOn),
    check('example_support_amount_check', sql`${t.amountVnd} >= 0`),
    check('example_support_form_check', sql`${t.form} in ('training', 'policy_loan', 'equipment', 'market_linkage', 'land')`),
  ],
);

/**
 * Someone asking to learn from an example. Name and contact are private: the owning unit, reviewers in
 * scope and admins read them; the public sees only how many requests there are.
 */
export const replicationRequests = pgTable(
  'replication_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    requesterKind: text('requester_kind').$type<RequesterKind>().notNull(),
    requestingUnitId: integer('requesting_unit_id').references(() => units.id),
    requestedBy: text('requested_by').references(() => users.id),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    communeTree: text('commune_tree').$type<AdminTree>().notNull(),
    communeCode: text('commune_code').notNull(),
    message: text('message').notNull(),
    status: text('status').$type<RequestStatus>().notNull().default('new'),
    replicatedNominationId: uuid('replicated_nomination_id').references(() => nominations.id, { onDelete: 'set null' }),
    addressHash: text('address_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.communeTree, t.communeCode], foreignColumns: [adminUnits.tree, adminUnits.code] }),
    index('replication_requests_nomination_idx').on(t.nominationId, t.createdAt),
    index('replication_requests_address_idx').on(t.addressHash, t.createdAt),
    check('replication_requests_status_check', sql`${t.status} in ('new', 'contacted', 'visit_arranged', 'replicated')`),
    check('replication_requests_kind_check', sql`(${t.requesterKind} = 'unit') = (${t.requestingUnitId} is not null)`),
    check('replication_requests_contact_check', sql`${t.phone} is not null or ${t.email} is not null`),
  ],
);

/** Who moved a request from what to what, when: appended by the one applier, never updated. */
export const replicationRequestEvents = pgTable(
  'replication_request_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => replicationRequests.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => users.id),
    fromStatus: text('from_status').$type<RequestStatus>().notNull(),
    toStatus: text('to_status').$type<RequestStatus>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('replication_request_events_request_idx').on(t.requestId, t.createdAt)],
);
