CREATE TABLE "example_daily_views" (
	"nomination_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "example_daily_views_nomination_id_day_pk" PRIMARY KEY("nomination_id","day"),
	CONSTRAINT "example_daily_views_views_check" CHECK ("example_daily_views"."views" > 0)
);
--> statement-breakpoint
CREATE TABLE "example_view_totals" (
	"nomination_id" uuid PRIMARY KEY NOT NULL,
	"views" bigint NOT NULL,
	CONSTRAINT "example_view_totals_views_check" CHECK ("example_view_totals"."views" >= 0)
);
--> statement-breakpoint
CREATE TABLE "example_ratings" (
	"nomination_id" uuid NOT NULL,
	"voter_hash" text NOT NULL,
	"stars" smallint NOT NULL,
	"address_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "example_ratings_nomination_id_voter_hash_pk" PRIMARY KEY("nomination_id","voter_hash"),
	CONSTRAINT "example_ratings_stars_check" CHECK ("example_ratings"."stars" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "example_daily_views" ADD CONSTRAINT "example_daily_views_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_view_totals" ADD CONSTRAINT "example_view_totals_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_ratings" ADD CONSTRAINT "example_ratings_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_ratings_address_idx" ON "example_ratings" USING btree ("address_hash","updated_at") WHERE address_hash is not null;