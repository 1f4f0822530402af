ALTER TABLE "nominations" ADD COLUMN "client_key" uuid;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_client_key_idx" ON "nominations" USING btree ("unit_id","client_key");