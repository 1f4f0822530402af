-- Repeated identical denials become one row with a count (issue 14.5). The audit log stays append-only:
-- the trigger now lets exactly one change through, a rolled-up row counting more repeats of itself.
ALTER TABLE "audit_events" ADD COLUMN "rollup_key" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "repeat_count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "last_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_events_rollup_idx" ON "audit_events" USING btree ("rollup_key","at") WHERE rollup_key IS NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_events_anonymous_idx" ON "audit_events" USING btree ("ip_address","at") WHERE actor_user_id IS NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    -- Every other column, the row's identity and time included, must stay exactly as it was.
    IF OLD.rollup_key IS NOT NULL
       AND NEW.repeat_count > OLD.repeat_count
       AND NEW.last_at IS NOT NULL
       AND (OLD.last_at IS NULL OR NEW.last_at >= OLD.last_at)
       AND (to_jsonb(NEW) - 'repeat_count' - 'last_at') = (to_jsonb(OLD) - 'repeat_count' - 'last_at') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
