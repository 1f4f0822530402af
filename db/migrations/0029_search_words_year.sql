-- A search within a year (a year chosen on the list, or the year facet of a search) tested the year on every
-- match of its words in every year: "giảm" in 2024 read 3 409 table pages to count 1 001 matches. With the year
-- as one more word of this index, the index hands over that year's matches alone (964 pages). "~y" cannot
-- begin a query word, which holds only letters and digits (queryWords), so no typed word meets it.
CREATE INDEX "nominations_search_words_year_idx" ON "nominations" USING gin (("search_words" || array_to_tsvector(ARRAY['~y' || "year"::text]))) WITH (fastupdate=off) WHERE status = 'approved';