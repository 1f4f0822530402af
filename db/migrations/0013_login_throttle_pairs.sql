-- Sign-in throttling by (address, account) pair: an account is only slowed down, never locked, so locks
-- left on account rows by the earlier rule are lifted.
ALTER TABLE "login_throttles" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "login_throttles" ADD COLUMN "last_success_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "login_throttles_updated_idx" ON "login_throttles" USING btree ("updated_at");--> statement-breakpoint
UPDATE "login_throttles" SET "locked_until" = NULL WHERE "key" LIKE 'email:%';
