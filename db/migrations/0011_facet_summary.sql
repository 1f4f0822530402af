-- Facet counts of the whole registry (no filter), kept exact by triggers: counting 100 000 published
-- examples seven ways on every unfiltered page took a quarter of a second.
CREATE TABLE "public_facet_counts" (
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "public_facet_counts_dimension_key_pk" PRIMARY KEY("dimension","key")
);
--> statement-breakpoint
-- The keys one published example counts under; the same keys countExampleFacets groups by (null keys are
-- never offered). Plain SQL so that the planner inlines it into the set-based queries below.
CREATE OR REPLACE FUNCTION public_facet_keys(
  year smallint, kind text, field text, campaign integer, province_new text, province_old text, district text
) RETURNS TABLE (dimension text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT v.dimension, v.key
  FROM (VALUES
    ('year', year::text), ('kind', kind), ('field', field), ('campaign', campaign::text),
    ('province', '2025:' || province_new), ('province', '2024:' || province_old), ('district', district)
  ) AS v(dimension, key)
  WHERE v.key IS NOT NULL
$$;
--> statement-breakpoint
INSERT INTO "public_facet_counts" ("dimension", "key", "n")
SELECT k.dimension, k.key, count(*)
FROM nominations r
CROSS JOIN LATERAL public_facet_keys(r.year, r.nominee_kind, r.field, r.campaign_id, r.province_code_new, r.province_code_old, r.district_code) k
WHERE r.status = 'approved'
GROUP BY 1, 2;
--> statement-breakpoint
-- One pass per statement, not per row, so the bench seed's COPY of 100 000 rows pays once. Published is
-- status 'approved' only: unpublishing moves an example to 'unpublished'. An update that leaves an
-- example's keys alone cancels out and writes nothing, so editing stories never queues on the counters.
-- Keys are written in one order so that two concurrent statements cannot deadlock on them.
CREATE OR REPLACE FUNCTION public_facet_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its trigger has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public_facet_counts AS c (dimension, key, n)
    SELECT k.dimension, k.key, count(*)
    FROM new_rows r
    CROSS JOIN LATERAL public_facet_keys(r.year, r.nominee_kind, r.field, r.campaign_id, r.province_code_new, r.province_code_old, r.district_code) k
    WHERE r.status = 'approved'
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (dimension, key) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO public_facet_counts AS c (dimension, key, n)
    SELECT k.dimension, k.key, -count(*)
    FROM old_rows r
    CROSS JOIN LATERAL public_facet_keys(r.year, r.nominee_kind, r.field, r.campaign_id, r.province_code_new, r.province_code_old, r.district_code) k
    WHERE r.status = 'approved'
    GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (dimension, key) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO public_facet_counts AS c (dimension, key, n)
    SELECT k.dimension, k.key, sum(r.sign)
    FROM (
      SELECT -1 AS sign, year, nominee_kind, field, campaign_id, province_code_new, province_code_old, district_code
      FROM old_rows WHERE status = 'approved'
      UNION ALL
      SELECT 1, year, nominee_kind, field, campaign_id, province_code_new, province_code_old, district_code
      FROM new_rows WHERE status = 'approved'
    ) r
    CROSS JOIN LATERAL public_facet_keys(r.year, r.nominee_kind, r.field, r.campaign_id, r.province_code_new, r.province_code_old, r.district_code) k
    GROUP BY 1, 2 HAVING sum(r.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (dimension, key) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    -- A few hundred rows at most: a key no published example has any more is no choice to offer.
    DELETE FROM public_facet_counts WHERE n <= 0;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER nominations_facet_counts_insert AFTER INSERT ON nominations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_facet_counts_track();
--> statement-breakpoint
CREATE TRIGGER nominations_facet_counts_update AFTER UPDATE ON nominations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_facet_counts_track();
--> statement-breakpoint
CREATE TRIGGER nominations_facet_counts_delete AFTER DELETE ON nominations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_facet_counts_track();
--> statement-breakpoint
-- TRUNCATE fires no delete trigger; it empties the registry, so it empties the counts.
CREATE OR REPLACE FUNCTION public_facet_counts_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM public_facet_counts;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER nominations_facet_counts_truncate AFTER TRUNCATE ON nominations
  FOR EACH STATEMENT EXECUTE FUNCTION public_facet_counts_clear();
