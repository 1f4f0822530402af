CREATE TABLE "public_data_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_data_version_single_row" CHECK ("public_data_version"."id" = 1)
);
--> statement-breakpoint
INSERT INTO "public_data_version" ("id") VALUES (1);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public_data_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Draft autosaves are frequent and invisible to the public: only statements that touch an approved
-- row move the version, so the public cache survives a busy nominating season.
CREATE OR REPLACE FUNCTION public_data_version_bump_if_approved() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched boolean := false;
BEGIN
  -- Nested so that each transition table is named only when the trigger has it.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    touched := EXISTS (SELECT 1 FROM old_rows WHERE status = 'approved');
  END IF;
  IF NOT touched AND TG_OP IN ('UPDATE', 'INSERT') THEN
    touched := EXISTS (SELECT 1 FROM new_rows WHERE status = 'approved');
  END IF;
  IF touched THEN
    UPDATE public_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER nominations_public_insert AFTER INSERT ON nominations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_approved();
--> statement-breakpoint
CREATE TRIGGER nominations_public_update AFTER UPDATE ON nominations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_approved();
--> statement-breakpoint
CREATE TRIGGER nominations_public_delete AFTER DELETE ON nominations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_approved();
--> statement-breakpoint
-- Photos and their captions of an approved example are public.
CREATE OR REPLACE FUNCTION public_data_version_bump_if_attachment_public() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched boolean := false;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    touched := EXISTS (SELECT 1 FROM old_rows a JOIN nominations n ON n.id = a.nomination_id WHERE n.status = 'approved');
  END IF;
  IF NOT touched AND TG_OP IN ('UPDATE', 'INSERT') THEN
    touched := EXISTS (SELECT 1 FROM new_rows a JOIN nominations n ON n.id = a.nomination_id WHERE n.status = 'approved');
  END IF;
  IF touched THEN
    UPDATE public_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER attachments_public_insert AFTER INSERT ON attachments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_attachment_public();
--> statement-breakpoint
CREATE TRIGGER attachments_public_update AFTER UPDATE ON attachments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_attachment_public();
--> statement-breakpoint
CREATE TRIGGER attachments_public_delete AFTER DELETE ON attachments
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump_if_attachment_public();
--> statement-breakpoint
-- Rarely changed and shown on public pages (commendations, campaign and unit names, the place tree).
CREATE TRIGGER commendations_public_change AFTER INSERT OR UPDATE OR DELETE ON commendations
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
--> statement-breakpoint
CREATE TRIGGER campaigns_public_change AFTER INSERT OR UPDATE OR DELETE ON campaigns
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
--> statement-breakpoint
CREATE TRIGGER units_public_change AFTER UPDATE OR DELETE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
--> statement-breakpoint
CREATE TRIGGER admin_units_public_change AFTER INSERT OR UPDATE OR DELETE ON admin_units
  FOR EACH STATEMENT EXECUTE FUNCTION public_data_version_bump();
