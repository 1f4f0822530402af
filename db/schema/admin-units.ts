import { index, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import type { AdminTree } from '@/lib/domain/vocabulary';

/**
 * Both official trees live side by side: codes are reused across them (new Xã Đa Kia keeps
 * old Đa Kia's 25231), so a unit is identified by (tree, code).
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    tree: text('tree').$type<AdminTree>().notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    type: text('type').notNull(),
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
  },
  (t) => [primaryKey({ columns: [t.tree, t.code] }), index('admin_units_parent_idx').on(t.tree, t.parentCode)],
);

/** The official old→new commune conversion (NSO), one row per (old, new) pair. */
export const adminUnitMappings = pgTable(
  'admin_unit_mappings',
  {
    oldCode: text('old_code').notNull(),
    newCode: text('new_code').notNull(),
    relation: text('relation').notNull(),
    note: text('note').notNull(),
  },
  (t) => [primaryKey({ columns: [t.oldCode, t.newCode] }), index('admin_unit_mappings_new_idx').on(t.newCode)],
);
