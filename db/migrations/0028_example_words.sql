-- The estimated facets of a large search sample 2 % of the table's pages (db/queries/example-facets.ts). From
-- nominations, each sampled row's word list was fetched from TOAST to test the match: 70–95 ms per facet query
-- under load. This table holds only what the sample reads, one row per published example, kept by triggers.
CREATE TABLE "public_example_words" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"nominee_kind" text NOT NULL,
	"field" text NOT NULL,
	"campaign_id" integer NOT NULL,
	"commune_tree" text NOT NULL,
	"commune_code" text NOT NULL,
	"district_code" text,
	"province_code_old" text,
	"province_code_new" text,
	"current_commune_codes" text[] NOT NULL,
	"search_words" "tsvector" NOT NULL
);
--> statement-breakpoint
-- The word list stays in the row (compressed when the row would pass 2 kB), never in TOAST: a sampled row is
-- then one page read. lz4 where the build has it, as for search_document (0009).
ALTER TABLE "public_example_words" ALTER COLUMN "search_words" SET STORAGE MAIN;
--> statement-breakpoint
DO $$
BEGIN
  ALTER TABLE public_example_words ALTER COLUMN search_words SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR undefined_object THEN
  NULL;
END;
$$;
--> statement-breakpoint
INSERT INTO "public_example_words"
SELECT id, year, nominee_kind, field, campaign_id, commune_tree, commune_code, district_code, province_code_old,
  province_code_new, current_commune_codes, search_words
FROM nominations WHERE status = 'approved';
--> statement-breakpoint
-- As public_facet_counts (0011): one pass per statement, in the writing transaction, whatever path wrote
-- (approval, edit, new version, unpublishing, import, bench seed). An update that changes none of the copied
-- columns writes nothing, so counters and timestamps never rewrite the copy. Rows are written in id order so
-- that two concurrent statements cannot deadlock on them.
CREATE OR REPLACE FUNCTION public_example_words_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its trigger has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public_example_words
    SELECT id, year, nominee_kind, field, campaign_id, commune_tree, commune_code, district_code, province_code_old,
      province_code_new, current_commune_codes, search_words
    FROM new_rows WHERE status = 'approved' ORDER BY id;
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM public_example_words w USING old_rows o WHERE w.id = o.id AND o.status = 'approved';
  ELSE
    DELETE FROM public_example_words w USING old_rows o
    WHERE w.id = o.id AND o.status = 'approved'
      AND NOT EXISTS (SELECT FROM new_rows n WHERE n.id = o.id AND n.status = 'approved');
    INSERT INTO public_example_words AS w
    SELECT n.id, n.year, n.nominee_kind, n.field, n.campaign_id, n.commune_tree, n.commune_code, n.district_code,
      n.province_code_old, n.province_code_new, n.current_commune_codes, n.search_words
    FROM new_rows n
    LEFT JOIN old_rows o ON o.id = n.id AND o.status = 'approved'
    WHERE n.status = 'approved'
      AND (o.id IS NULL
        OR (n.year, n.nominee_kind, n.field, n.campaign_id, n.commune_tree, n.commune_code, n.district_code, n.province_code_old,
            n.province_code_new, n.current_commune_codes, n.search_words)
          IS DISTINCT FROM (o.year, o.nominee_kind, o.field, o.campaign_id, o.commune_tree, o.commune_code, o.district_code,
            o.province_code_old, o.province_code_new, o.current_commune_codes, o.search_words))
    ORDER BY n.id
    ON CONFLICT (id) DO UPDATE SET year = excluded.year, nominee_kind = excluded.nominee_kind, field = excluded.field,
      campaign_id = excluded.campaign_id, commune_tree = excluded.commune_tree, commune_code = excluded.commune_code,
      district_code = excluded.district_code, province_code_old = excluded.province_code_old,
      province_code_new = excluded.province_code_new, current_commune_codes = excluded.current_commune_codes,
      search_words = excluded.search_words;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER nominations_example_words_insert AFTER INSERT ON nominations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_example_words_track();
--> statement-breakpoint
CREATE TRIGGER nominations_example_words_update AFTER UPDATE ON nominations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_example_words_track();
--> statement-breakpoint
CREATE TRIGGER nominations_example_words_delete AFTER DELETE ON nominations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_example_words_track();
--> statement-breakpoint
-- TRUNCATE fires no delete trigger.
CREATE OR REPLACE FUNCTION public_example_words_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM public_example_words;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER nominations_example_words_truncate AFTER TRUNCATE ON nominations
  FOR EACH STATEMENT EXECUTE FUNCTION public_example_words_clear();
