CREATE TABLE "example_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"fields" jsonb NOT NULL,
	"changed" text[] NOT NULL,
	"base_version" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"proposed_by" text,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "example_versions" (
	"nomination_id" uuid NOT NULL,
	"n" smallint NOT NULL,
	"fields" jsonb NOT NULL,
	"changed" text[] NOT NULL,
	"update_id" uuid,
	"published_at" timestamp with time zone NOT NULL,
	CONSTRAINT "example_versions_nomination_id_n_pk" PRIMARY KEY("nomination_id","n")
);
--> statement-breakpoint
CREATE TABLE "slug_redirects" (
	"old_slug" text PRIMARY KEY NOT NULL,
	"nomination_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "example_updates" ADD CONSTRAINT "example_updates_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_updates" ADD CONSTRAINT "example_updates_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_updates" ADD CONSTRAINT "example_updates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_versions" ADD CONSTRAINT "example_versions_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_versions" ADD CONSTRAINT "example_versions_update_id_example_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."example_updates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slug_redirects" ADD CONSTRAINT "slug_redirects_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_updates_nomination_idx" ON "example_updates" USING btree ("nomination_id","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "example_updates_one_pending_idx" ON "example_updates" USING btree ("nomination_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "slug_redirects_nomination_idx" ON "slug_redirects" USING btree ("nomination_id");--> statement-breakpoint
-- hand-written below: example_versions
ALTER TABLE "example_updates" ADD CONSTRAINT "example_updates_status_check" CHECK ("status" IN ('pending', 'approved', 'rejected', 'withdrawn'));
--> statement-breakpoint
ALTER TABLE "example_versions" ADD CONSTRAINT "example_versions_n_check" CHECK ("n" >= 1);
--> statement-breakpoint
-- Versions and old slugs are public (the history, /examples/[slug]/v/[n], the 301): they move the page cache.
CREATE TRIGGER example_versions_public_change AFTER INSERT OR UPDATE OR DELETE ON example_versions
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
--> statement-breakpoint
CREATE TRIGGER slug_redirects_public_change AFTER INSERT OR UPDATE OR DELETE ON slug_redirects
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
