-- ADR 018: writes insert their audit event with an id from a sequence (no
-- lock); one sealer gives committed events their chain position and hashes.
CREATE SEQUENCE "audit_events_id_seq" AS bigint OWNED BY "audit_events"."id";--> statement-breakpoint
SELECT setval('audit_events_id_seq', coalesce((SELECT max("id") FROM "audit_events"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "id" SET DEFAULT nextval('audit_events_id_seq');--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "position" bigint;--> statement-breakpoint
-- Until now the id was the chain position: every existing event is sealed where it stands.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_delete";--> statement-breakpoint
UPDATE "audit_events" SET "position" = "id";--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_delete";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_position_key" ON "audit_events" USING btree ("position");--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("id") WHERE "audit_events"."position" is null;--> statement-breakpoint
-- The one update allowed: sealing an unsealed event (position, prev_hash and
-- hash from null to values), nothing else of it changed. Every other UPDATE,
-- and every DELETE, is refused as before.
CREATE FUNCTION audit_events_seal_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.position IS NULL AND OLD.prev_hash IS NULL AND OLD.hash IS NULL
     AND NEW.position IS NOT NULL AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
     AND (NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.data, NEW.ip)
         IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.data, OLD.ip) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
DROP TRIGGER "audit_events_no_update_delete" ON "audit_events";--> statement-breakpoint
CREATE TRIGGER "audit_events_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_seal_only();
