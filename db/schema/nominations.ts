import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { adminUnits } from './admin-units';
import { users } from './auth';
import { campaigns, units } from './units';
import type { EventAction } from '@/lib/domain/state-machine';
import type { AdminTree, AttachmentKind, ConsentForm, Field, Gender, NominationStatus, NomineeKind, PublishMode } from '@/lib/domain/vocabulary';
// Relative: drizzle-kit reads this file without the '@/' alias.
import { VERIFY_CODE_SQL_DEFAULT } from '../../lib/domain/verify-code';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const nominations = pgTable(
  'nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    year: smallint('year').notNull(),
    // The commune as recorded, in the tree that was in force when it was recorded.
    communeTree: text('commune_tree').$type<AdminTree>().notNull(),
    communeCode: text('commune_code').notNull(),
    // Derived from the commune at write time so that area filters are plain indexed equalities.
    districtCode: text('district_code'),
    provinceCodeOld: text('province_code_old'),
    provinceCodeNew: text('province_code_new'),
    currentCommuneCodes: text('current_commune_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    createdBy: text('created_by').references(() => users.id),
    nomineeKind: text('nominee_kind').$type<NomineeKind>().notNull(),
    field: text('field').$type<Field>().notNull(),
    title: text('title').notNull(),
    nomineeName: text('nominee_name').notNull(),
    gender: text('gender').$type<Gender>(),
    birthYear: smallint('birth_year'),
    ethnicity: text('ethnicity'),
    nomineeRole: text('nominee_role'),
    collectiveType: text('collective_type'),
    collectiveSize: integer('collective_size'),
    modelHowItWorks: text('model_how_it_works'),
    modelSince: smallint('model_since'),
    summary: text('summary').notNull().default(''),
    story: text('story').notNull().default(''),
    // Private: reviewers and the nominating unit only.
    contactPhone: text('contact_phone'),
    address: text('address'),
    unitContactPerson: text('unit_contact_person'),
    householdsEscaped: integer('households_escaped'),
    nearPoorHelped: integer('near_poor_helped'),
    beneficiaryHouseholds: integer('beneficiary_households'),
    ethnicMinorityHouseholds: integer('ethnic_minority_households'),
    jobsCreated: integer('jobs_created'),
    contributionVnd: bigint('contribution_vnd', { mode: 'number' }),
    startedYear: smallint('started_year'),
    replicatesId: uuid('replicates_id').references((): AnyPgColumn => nominations.id),
    consentGiven: boolean('consent_given'),
    consentGivenBy: text('consent_given_by'),
    consentDate: date('consent_date', { mode: 'string' }),
    consentForm: text('consent_form').$type<ConsentForm>(),
    publishMode: text('publish_mode').$type<PublishMode>().notNull().default('named'),
    status: text('status').$type<NominationStatus>().notNull().default('draft'),
    version: integer('version').notNull().default(1),
    // The review level (campaign_review_levels.position) the dossier is at; null while with its unit.
    reviewLevel: smallint('review_level'),
    // Who at that level holds it (optional: any reviewer in scope may still decide).
    assignedTo: text('assigned_to').references((): AnyPgColumn => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    // Public notice: from when, and until the end of which day (Vietnam time).
    noticeStartsAt: timestamp('notice_starts_at', { withTimezone: true }),
    noticeEndsAt: timestamp('notice_ends_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Accent-folded, lower-cased text of the searchable public fields (see lib/text/fold.ts).
    searchDocument: text('search_document').notNull().default(''),
    // The folded title, kept by the database so that ranking a search never folds titles at query time.
    titleFolded: text('title_folded').generatedAlwaysAs(sql`f_unaccent(lower(title))`),
    // The words of the folded document, so the public search matches whole words from its GIN index
    // alone (db/migrations/0010_search_words.sql).
    searchWords: tsvector('search_words').generatedAlwaysAs(
      sql`strip(to_tsvector('simple'::regconfig, regexp_replace(search_document, '[^[:alnum:]]+', ' ', 'g')))`,
    ),
    // The title's own words, split as search_words is. Stored, because the index's recheck and a walk
    // along the date index test it row by row: computed each time it cost 17 µs a row (migration 0027).
    titleWords: tsvector('title_words').generatedAlwaysAs(
      sql`strip(to_tsvector('simple'::regconfig, regexp_replace(f_unaccent(lower(title)), '[^[:alnum:]]+', ' ', 'g')))`,
    ),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
    // A random key the form carries from its first save, so a double submit creates one nomination.
    clientKey: uuid('client_key'),
    updatedBy: text('updated_by').references(() => users.id),
  },
  (t) => [
    foreignKey({ columns: [t.communeTree, t.communeCode], foreignColumns: [adminUnits.tree, adminUnits.code] }),
    index('nominations_status_approved_idx').on(t.status, t.approvedAt, t.id),
    // One year's examples newest first: a large search within a year walks this index (the date index
    // alone would pass every later year's examples first; db/queries/search-at-scale.ts).
    index('nominations_approved_year_date_idx')
      .on(t.year, t.approvedAt, t.id)
      .where(sql`status = 'approved'`),
    index('nominations_unit_idx').on(t.unitId, t.status),
    index('nominations_commune_idx').on(t.communeTree, t.communeCode, t.year),
    index('nominations_district_idx').on(t.districtCode, t.year),
    index('nominations_province_old_idx').on(t.provinceCodeOld),
    index('nominations_province_new_idx').on(t.provinceCodeNew),
    index('nominations_current_communes_idx').using('gin', t.currentCommuneCodes),
    index('nominations_replicates_idx').on(t.replicatesId),
    // Facet counts over published examples read this narrow index instead of the wide rows.
    index('nominations_approved_facets_idx')
      .on(t.year, t.nomineeKind, t.field, t.campaignId, t.provinceCodeNew, t.provinceCodeOld, t.districtCode, t.communeCode)
      .where(sql`status = 'approved'`),
    // The home page's totals and busiest communes, read from the index alone (no table pages).
    index('nominations_approved_communes_idx')
      .on(t.communeTree, t.communeCode, t.householdsEscaped, t.beneficiaryHouseholds)
      .where(sql`status = 'approved'`),
    index('nominations_search_words_idx')
      .using('gin', t.searchWords)
      .with({ fastupdate: 'off' })
      .where(sql`status = 'approved'`),
    // The words with the year as one more word ("~y2024", which no query word can be): a search within a
    // year finds its matches in the index, instead of reading every year's matches to test the year
    // (db/queries/example-filters.ts, yearWords).
    index('nominations_search_words_year_idx')
      .using('gin', sql`(${t.searchWords} || array_to_tsvector(ARRAY['~y' || ${t.year}::text]))`)
      .with({ fastupdate: 'off' })
      .where(sql`status = 'approved'`),
    // The title's words alone: a common word matches most documents but few titles, so a large
    // search ranks only the examples whose title holds it (db/queries/search-at-scale.ts).
    // "Tác động" order (most households out of poverty first): a list or a large search sorted so walks
    // this index and tests a few dozen rows, instead of sorting every match.
    index('nominations_approved_impact_idx')
      .on(sql`coalesce(${t.householdsEscaped}, 0) DESC`, sql`${t.id} DESC`)
      .where(sql`status = 'approved'`),
    index('nominations_title_words_idx')
      .using('gin', t.titleWords)
      .with({ fastupdate: 'off' })
      .where(sql`status = 'approved'`),
    uniqueIndex('nominations_client_key_idx').on(t.unitId, t.clientKey),
  ],
);

export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<AttachmentKind>().notNull(),
    storageKey: text('storage_key').notNull(),
    thumbnailKey: text('thumbnail_key'),
    originalName: text('original_name').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    caption: text('caption').notNull().default(''),
    isPublic: boolean('is_public').notNull().default(false),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_nomination_idx').on(t.nominationId, t.kind, t.position)],
);

/** Append-only: the application inserts rows and never updates or deletes them. */
export const nominationEvents = pgTable(
  'nomination_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    actorId: text('actor_id').references(() => users.id),
    action: text('action').$type<EventAction>().notNull(),
    fromStatus: text('from_status').$type<NominationStatus>(),
    toStatus: text('to_status').$type<NominationStatus>().notNull(),
    comment: text('comment'),
    // The review level the step was taken at, and what else it recorded (the level moved to, notice counts).
    reviewLevel: smallint('review_level'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('nomination_events_nomination_idx').on(t.nominationId, t.createdAt)],
);

export const commendations = pgTable(
  'commendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    form: text('form').notNull(),
    issuer: text('issuer').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    documentId: uuid('document_id').references(() => attachments.id),
    /** The public code of /verify/[code]; made by the database, for every row however it is inserted. */
    verifyCode: text('verify_code').notNull().default(sql.raw(VERIFY_CODE_SQL_DEFAULT)),
    createdBy: text('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commendations_nomination_idx').on(t.nominationId), uniqueIndex('commendations_verify_code_idx').on(t.verifyCode)],
);
