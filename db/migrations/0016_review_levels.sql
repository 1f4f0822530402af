CREATE TABLE "campaign_criteria" (
	"campaign_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" smallint NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "campaign_criteria_campaign_id_key_pk" PRIMARY KEY("campaign_id","key")
);
--> statement-breakpoint
CREATE TABLE "campaign_review_levels" (
	"campaign_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"area_kind" text NOT NULL,
	"decides" boolean DEFAULT false NOT NULL,
	CONSTRAINT "campaign_review_levels_campaign_id_position_pk" PRIMARY KEY("campaign_id","position")
);
--> statement-breakpoint
CREATE TABLE "nomination_scores" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "nomination_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"nomination_id" uuid NOT NULL,
	"review_level" smallint NOT NULL,
	"criterion_key" text NOT NULL,
	"reviewer_id" text NOT NULL,
	"score" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_scores_one_per_reviewer" UNIQUE("nomination_id","review_level","criterion_key","reviewer_id"),
	CONSTRAINT "nomination_scores_range" CHECK ("nomination_scores"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "notice_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"contact" text NOT NULL,
	"content" text NOT NULL,
	"address_hash" text,
	"status" text DEFAULT 'open' NOT NULL,
	"handled_by" text,
	"handled_at" timestamp with time zone,
	"handling_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "review_lead" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "uses_public_notice" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "notice_working_days" smallint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD COLUMN "review_level" smallint;--> statement-breakpoint
ALTER TABLE "nomination_events" ADD COLUMN "detail" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "review_level" smallint;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "assigned_to" text;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "notice_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "notice_ends_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "campaign_criteria" ADD CONSTRAINT "campaign_criteria_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_review_levels" ADD CONSTRAINT "campaign_review_levels_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_scores" ADD CONSTRAINT "nomination_scores_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_scores" ADD CONSTRAINT "nomination_scores_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_objections_nomination_idx" ON "notice_objections" USING btree ("nomination_id","created_at");--> statement-breakpoint
CREATE INDEX "notice_objections_address_idx" ON "notice_objections" USING btree ("address_hash","created_at");--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A dossier in public notice (công khai lấy ý kiến) is a new state between review and approval.
ALTER TABLE "nominations" DROP CONSTRAINT "nominations_status_check";
--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_status_check" CHECK ("status" IN ('draft','submitted','in_notice','returned','approved','rejected','unpublished'));
--> statement-breakpoint
ALTER TABLE "notice_objections" ADD CONSTRAINT "notice_objections_status_check" CHECK ("status" IN ('open','founded','unfounded'));
--> statement-breakpoint
ALTER TABLE "campaign_review_levels" ADD CONSTRAINT "campaign_review_levels_area_kind_check" CHECK ("area_kind" IN ('commune','district','province'));
--> statement-breakpoint
-- Every existing campaign gets the default levels of its period (lib/domain/review-levels.ts): xã → huyện
-- before the 2025 reform, xã/phường → tỉnh after it.
INSERT INTO "campaign_review_levels" ("campaign_id", "position", "name", "area_kind", "decides")
SELECT c.id, l.position, l.name, l.area_kind, l.decides
  FROM "campaigns" c
  CROSS JOIN LATERAL (VALUES
    (0, CASE WHEN c.start_year <= 2025 THEN 'Cấp xã' ELSE 'Cấp xã, phường' END, 'commune', false),
    (1, CASE WHEN c.start_year <= 2025 THEN 'Cấp huyện' ELSE 'Cấp tỉnh' END, CASE WHEN c.start_year <= 2025 THEN 'district' ELSE 'province' END, true)
  ) AS l(position, name, area_kind, decides);
--> statement-breakpoint
INSERT INTO "campaign_criteria" ("campaign_id", "key", "position", "label", "description")
SELECT c.id, k.key, k.position, k.label, k.description
  FROM "campaigns" c
  CROSS JOIN (VALUES
    ('true', 0, 'Tính chân thực', 'Thông tin, số liệu đúng sự thật, được xác minh tại cơ sở.'),
    ('effective', 1, 'Hiệu quả', 'Giúp hộ nghèo, hộ cận nghèo thoát nghèo, có kết quả đo được.'),
    ('replicable', 2, 'Khả năng nhân rộng', 'Nơi khác có thể học tập, áp dụng với điều kiện tương tự.'),
    ('inspiring', 3, 'Tính lan tỏa', 'Truyền cảm hứng, được cộng đồng ghi nhận và noi theo.')
  ) AS k(key, position, label, description);
--> statement-breakpoint
-- Campaigns already running keep the process they started with (one deciding review, no public notice):
-- dossiers under review sit at the deciding level, where the reviewers who had them can still decide.
-- An admin may turn the notice on once nothing is in progress; new campaigns have it by default.
UPDATE "campaigns" SET "uses_public_notice" = false;
--> statement-breakpoint
UPDATE "nominations" SET "review_level" = 1 WHERE "status" IN ('submitted', 'approved', 'rejected', 'unpublished');
--> statement-breakpoint
-- A dossier in public notice is public too: the notice list and its API follow the data version.
CREATE OR REPLACE FUNCTION public_data_version_bump_if_approved() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched boolean := false;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    touched := EXISTS (SELECT 1 FROM old_rows WHERE status IN ('approved', 'in_notice'));
  END IF;
  IF NOT touched AND TG_OP IN ('UPDATE', 'INSERT') THEN
    touched := EXISTS (SELECT 1 FROM new_rows WHERE status IN ('approved', 'in_notice'));
  END IF;
  IF touched THEN
    UPDATE public_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
