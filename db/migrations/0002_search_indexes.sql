-- Accent-free, typo-tolerant search (pg_trgm) over the folded documents.
CREATE INDEX IF NOT EXISTS "nominations_search_trgm_idx" ON "nominations" USING gin ("search_document" gin_trgm_ops) WHERE "status" = 'approved';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "admin_units_name_trgm_idx" ON "admin_units" USING gin (f_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
-- Guards the database keeps even if a code path forgets them.
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_status_check" CHECK ("status" IN ('draft','submitted','returned','approved','rejected','unpublished'));--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_impact_check" CHECK (
  coalesce("households_escaped", 0) >= 0 AND coalesce("near_poor_helped", 0) >= 0
  AND coalesce("beneficiary_households", 0) >= 0 AND coalesce("ethnic_minority_households", 0) >= 0
  AND coalesce("jobs_created", 0) >= 0 AND coalesce("contribution_vnd", 0) >= 0);--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_tree_check" CHECK ("tree" IN ('2024','2025'));
