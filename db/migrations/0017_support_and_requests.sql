CREATE TABLE "example_support" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"supported_on" date NOT NULL,
	"form" text NOT NULL,
	"provider" text NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "example_support_amount_check" CHECK ("example_support"."amount_vnd" >= 0),
	CONSTRAINT "example_support_form_check" CHECK ("example_support"."form" in ('training', 'policy_loan', 'equipment', 'market_linkage', 'land'))
);
--> statement-breakpoint
CREATE TABLE "replication_request_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "replication_request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"actor_id" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "replication_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"requester_kind" text NOT NULL,
	"requesting_unit_id" integer,
	"requested_by" text,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"commune_tree" text NOT NULL,
	"commune_code" text NOT NULL,
	"message" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"replicated_nomination_id" uuid,
	"address_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replication_requests_status_check" CHECK ("replication_requests"."status" in ('new', 'contacted', 'visit_arranged', 'replicated')),
	CONSTRAINT "replication_requests_kind_check" CHECK (("replication_requests"."requester_kind" = 'unit') = ("replication_requests"."requesting_unit_id" is not null)),
	CONSTRAINT "replication_requests_contact_check" CHECK ("replication_requests"."phone" is not null or "replication_requests"."email" is not null)
);
--> statement-breakpoint
ALTER TABLE "example_support" ADD CONSTRAINT "example_support_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "example_support" ADD CONSTRAINT "example_support_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_request_events" ADD CONSTRAINT "replication_request_events_request_id_replication_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."replication_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_request_events" ADD CONSTRAINT "replication_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_requesting_unit_id_units_id_fk" FOREIGN KEY ("requesting_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_replicated_nomination_id_nominations_id_fk" FOREIGN KEY ("replicated_nomination_id") REFERENCES "public"."nominations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replication_requests" ADD CONSTRAINT "replication_requests_commune_tree_commune_code_admin_units_tree_code_fk" FOREIGN KEY ("commune_tree","commune_code") REFERENCES "public"."admin_units"("tree","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "example_support_nomination_idx" ON "example_support" USING btree ("nomination_id","supported_on");--> statement-breakpoint
CREATE INDEX "replication_request_events_request_idx" ON "replication_request_events" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "replication_requests_nomination_idx" ON "replication_requests" USING btree ("nomination_id","created_at");--> statement-breakpoint
CREATE INDEX "replication_requests_address_idx" ON "replication_requests" USING btree ("address_hash","created_at");--> statement-breakpoint
-- hand-written below: support_and_requests
-- Support rows are public (the example page, the API, the stats): any change moves the public data version.
CREATE TRIGGER example_support_public_change AFTER INSERT OR UPDATE OR DELETE ON example_support
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
--> statement-breakpoint
-- The public sees how many requests an example has; a status move changes nothing public.
CREATE TRIGGER replication_requests_public_change AFTER INSERT OR DELETE ON replication_requests
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
--> statement-breakpoint
-- A request's history is evidence of who moved it: rows are added, never changed (a cascade may still remove them).
CREATE OR REPLACE FUNCTION replication_request_events_refuse_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'replication_request_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER replication_request_events_append_only BEFORE UPDATE ON replication_request_events
  FOR EACH ROW EXECUTE FUNCTION replication_request_events_refuse_update();
