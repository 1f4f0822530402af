-- Whole-word search: the folded document split into its words (runs of letters and digits, the same
-- split as queryWords in lib/text/fold.ts), without positions, so the GIN index answers `@@` without
-- re-reading documents. regexp_replace first, so that the text-search parser never sees punctuation it
-- would read as hosts, versions or tags ("abc.com", "1.234", "<b>"); to_tsvector drops words too long
-- to index instead of failing the write.
ALTER TABLE "nominations" ADD COLUMN IF NOT EXISTS "search_words" tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple'::regconfig, regexp_replace(search_document, '[^[:alnum:]]+', ' ', 'g')))) STORED;--> statement-breakpoint
-- Public search only looks at published examples; without the pending list a search never scans
-- unmerged entries (writes are rare, reads are not).
CREATE INDEX IF NOT EXISTS "nominations_search_words_idx" ON "nominations" USING gin ("search_words") WITH (fastupdate = off) WHERE "status" = 'approved';
