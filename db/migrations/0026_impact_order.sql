-- The "Tác động" order (most households out of poverty first), as the list sorts it: a large search in
-- this order walks the index and tests a few dozen rows instead of sorting every match
-- (db/queries/search-at-scale.ts).
CREATE INDEX IF NOT EXISTS "nominations_approved_impact_idx" ON "nominations" USING btree (coalesce("households_escaped", 0) DESC, "id" DESC) WHERE status = 'approved';
