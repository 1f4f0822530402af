import { boolean, date, foreignKey, integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units';
import type { AdminTree, UnitKind } from '@/lib/domain/vocabulary';

export const units = pgTable(
  'units',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    kind: text('kind').$type<UnitKind>().notNull(),
    adminUnitTree: text('admin_unit_tree').$type<AdminTree>().notNull(),
    adminUnitCode: text('admin_unit_code').notNull(),
    // Where the unit may nominate, when an admin widened it beyond its own place (null: its own place).
    nominationAreaTree: text('nomination_area_tree').$type<AdminTree>(),
    nominationAreaCode: text('nomination_area_code'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.adminUnitTree, t.adminUnitCode], foreignColumns: [adminUnits.tree, adminUnits.code] }),
    foreignKey({ columns: [t.nominationAreaTree, t.nominationAreaCode], foreignColumns: [adminUnits.tree, adminUnits.code] }),
  ],
);

export const campaigns = pgTable('campaigns', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  description: text('description').notNull().default(''),
  startYear: integer('start_year').notNull(),
  endYear: integer('end_year').notNull(),
  acceptingNominations: boolean('accepting_nominations').notNull().default(true),
  // Before the deciding level approves, the dossier is made public for this many working days.
  usesPublicNotice: boolean('uses_public_notice').notNull().default(true),
  noticeWorkingDays: smallint('notice_working_days').notNull().default(10),
  submissionsOpenOn: date('submissions_open_on', { mode: 'string' }),
  submissionsCloseOn: date('submissions_close_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
