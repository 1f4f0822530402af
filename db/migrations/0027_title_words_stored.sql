-- Large searches, narrowed (db/queries/search-at-scale.ts).
-- 1. The title's words stored, as search_words is, and indexed in place of the expression of 0025. A bitmap
--    scan rechecks each row and a walk along an index tests each row it meets: recomputing
--    to_tsvector(regexp_replace(…)) cost about 17 µs a row, 0.1–0.5 s for a common phrase within one year.
-- 2. One year's examples newest first: a large search within a year walks this index; along the date index
--    alone it passed every later year's examples first (20 000 rows for "vay vốn" in 2024).
DROP INDEX IF EXISTS "nominations_title_words_idx";--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN IF NOT EXISTS "title_words" tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple'::regconfig, regexp_replace(f_unaccent(lower(title)), '[^[:alnum:]]+', ' ', 'g')))) STORED;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "nominations_approved_year_date_idx" ON "nominations" USING btree ("year","approved_at","id") WHERE status = 'approved';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "nominations_title_words_idx" ON "nominations" USING gin ("title_words") WITH (fastupdate=off) WHERE status = 'approved';
