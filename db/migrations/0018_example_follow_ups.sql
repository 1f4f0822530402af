CREATE TABLE "example_follow_up_replications" (
	"follow_up_id" uuid NOT NULL,
	"replica_id" uuid NOT NULL,
	CONSTRAINT "example_follow_up_replications_follow_up_id_replica_id_pk" PRIMARY KEY("follow_up_id","replica_id")
);
--> statement-breakpoint
CREATE TABLE "example_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"model_status" text NOT NULL,
	"households_still_out" integer NOT NULL,
	"households_fell_back" integer NOT NULL,
	"new_households" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"photo_id" uuid,
	"state" text DEFAULT 'filed' NOT NULL,
	"reported_by" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"filed_event_id" bigint,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "example_follow_up_replications" ADD CONSTRAINT "example_follow_up_replications_follow_up_id_example_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."example_follow_ups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_follow_up_replications" ADD CONSTRAINT "example_follow_up_replications_replica_id_nominations_id_fk" FOREIGN KEY ("replica_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_photo_id_attachments_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_filed_event_id_nomination_events_id_fk" FOREIGN KEY ("filed_event_id") REFERENCES "public"."nomination_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "example_follow_ups_year_idx" ON "example_follow_ups" USING btree ("nomination_id","year");--> statement-breakpoint
CREATE INDEX "example_follow_ups_state_idx" ON "example_follow_ups" USING btree ("state","confirmed_at");--> statement-breakpoint
-- hand-written below: example_follow_ups
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_model_status_check" CHECK ("model_status" IN ('active','expanded','paused','stopped'));
--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_state_check" CHECK ("state" IN ('filed','confirmed') AND ("state" = 'filed') = ("confirmed_at" IS NULL));
--> statement-breakpoint
ALTER TABLE "example_follow_ups" ADD CONSTRAINT "example_follow_ups_counts_check" CHECK ("households_still_out" >= 0 AND "households_fell_back" >= 0 AND "new_households" >= 0);
--> statement-breakpoint
-- Confirmed follow-ups of an approved example are public (its page, the API, the exports, /stats).
CREATE OR REPLACE FUNCTION public_data_version_bump_if_follow_up_public() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched boolean := false;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    touched := EXISTS (SELECT 1 FROM old_rows f JOIN nominations n ON n.id = f.nomination_id WHERE f.state = 'confirmed' AND n.status = 'approved');
  END IF;
  IF NOT touched AND TG_OP IN ('UPDATE', 'INSERT') THEN
    touched := EXISTS (SELECT 1 FROM new_rows f JOIN nominations n ON n.id = f.nomination_id WHERE f.state = 'confirmed' AND n.status = 'approved');
  END IF;
  IF touched THEN
    UPDATE public_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER example_follow_ups_public_insert AFTER INSERT ON example_follow_ups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_follow_up_public();
--> statement-breakpoint
CREATE TRIGGER example_follow_ups_public_update AFTER UPDATE ON example_follow_ups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_follow_up_public();
--> statement-breakpoint
CREATE TRIGGER example_follow_ups_public_delete AFTER DELETE ON example_follow_ups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_follow_up_public();
