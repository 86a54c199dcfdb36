-- TRUNCATE fires no row trigger: without this, `TRUNCATE audit_events` emptied
-- the log and verification read "intact: 0 events" (issue 11, finding 2).
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_forbid_change();
