-- The title's own words, the same split as search_words: a common word is in most documents but in
-- few titles, so a large search ranks only the examples whose title holds every word (see
-- db/queries/search-at-scale.ts). An expression index, not a column: nothing else reads it.
CREATE INDEX IF NOT EXISTS "nominations_title_words_idx" ON "nominations" USING gin (to_tsvector('simple'::regconfig, regexp_replace("title_folded", '[^[:alnum:]]+', ' ', 'g'))) WITH (fastupdate=off) WHERE status = 'approved';
