CREATE TABLE "example_update_photos" (
	"update_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	CONSTRAINT "example_update_photos_update_id_attachment_id_pk" PRIMARY KEY("update_id","attachment_id")
);
--> statement-breakpoint
ALTER TABLE "example_versions" ADD COLUMN "photos_added" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "example_update_photos" ADD CONSTRAINT "example_update_photos_update_id_example_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."example_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_update_photos" ADD CONSTRAINT "example_update_photos_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "example_update_photos_attachment_idx" ON "example_update_photos" USING btree ("attachment_id");