CREATE TABLE "example_comment_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "example_comment_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"comment_id" uuid NOT NULL,
	"actor_id" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "example_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_email" text,
	"content" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"address_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_published_at" timestamp with time zone,
	"moderated_by" text,
	"moderated_at" timestamp with time zone,
	"hidden_reason" text,
	CONSTRAINT "example_comments_status_check" CHECK ("example_comments"."status" in ('pending', 'published', 'hidden')),
	CONSTRAINT "example_comments_content_check" CHECK (char_length("example_comments"."content") between 1 and 1500),
	CONSTRAINT "example_comments_name_check" CHECK (char_length("example_comments"."author_name") between 1 and 80),
	CONSTRAINT "example_comments_hidden_check" CHECK (("example_comments"."status" = 'hidden') = ("example_comments"."hidden_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "example_comment_events" ADD CONSTRAINT "example_comment_events_comment_id_example_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."example_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_comment_events" ADD CONSTRAINT "example_comment_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_comments" ADD CONSTRAINT "example_comments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_comments" ADD CONSTRAINT "example_comments_moderated_by_users_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_comment_events_comment_idx" ON "example_comment_events" USING btree ("comment_id","created_at");--> statement-breakpoint
CREATE INDEX "example_comments_status_idx" ON "example_comments" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "example_comments_address_idx" ON "example_comments" USING btree ("address_hash","created_at");--> statement-breakpoint
CREATE INDEX "example_comments_nomination_idx" ON "example_comments" USING btree ("nomination_id","created_at");--> statement-breakpoint
CREATE INDEX "example_comments_published_idx" ON "example_comments" USING btree ("nomination_id","created_at") WHERE "example_comments"."status" = 'published';--> statement-breakpoint
-- hand-written below: reader_comments
-- Published comments of an approved example are public (its page, the count on cards, the API and the
-- open data). A new comment waits in the queue and changes nothing public, so the page cache survives a
-- stream of submissions; publishing or hiding one moves the version.
CREATE OR REPLACE FUNCTION public_data_version_bump_if_comment_public() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched boolean := false;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    touched := EXISTS (SELECT 1 FROM old_rows c JOIN nominations n ON n.id = c.nomination_id WHERE c.status = 'published' AND n.status = 'approved');
  END IF;
  IF NOT touched AND TG_OP IN ('UPDATE', 'INSERT') THEN
    touched := EXISTS (SELECT 1 FROM new_rows c JOIN nominations n ON n.id = c.nomination_id WHERE c.status = 'published' AND n.status = 'approved');
  END IF;
  IF touched THEN
    UPDATE public_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER example_comments_public_insert AFTER INSERT ON example_comments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_comment_public();
--> statement-breakpoint
CREATE TRIGGER example_comments_public_update AFTER UPDATE ON example_comments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_comment_public();
--> statement-breakpoint
CREATE TRIGGER example_comments_public_delete AFTER DELETE ON example_comments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_comment_public();
--> statement-breakpoint
-- A comment's moderation history is evidence of who published or hid it and why: rows are added, never
-- changed (a cascade may still remove them with the comment).
CREATE OR REPLACE FUNCTION example_comment_events_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'example_comment_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER example_comment_events_append_only BEFORE UPDATE ON example_comment_events
  FOR EACH ROW EXECUTE FUNCTION example_comment_events_refuse_update();
