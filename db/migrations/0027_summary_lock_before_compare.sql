-- Races in the counts kept by triggers (ADR 021): between a writer and the roll's finishing
-- step, and between two writers. Found when CI's "writes that race five rolls" run left
-- 考核's kept counts off a recount.
--
-- 1. 考核's and the cockpit cards' task triggers compared a task's rows before and after
--    the update before they took the writers' lock (17, 1), so the comparison could read
--    the old day while the roll held that lock: a due date moved from the old day to the
--    new one gives equal rows as of the old day ('pending' both) but not as of the new
--    one ('overdue', then 'pending'). The trigger skipped the write; the roll, which read
--    the task as it was before the uncommitted update, moved the old row to 'overdue'.
--    As task_summary_on_task does (migration 0024), the lock now comes first, so the
--    comparison reads the day the counts are at.
--
-- 2. 考核's link trigger read the task without a row lock: a department linked while
--    another transaction moved the task's deadline was counted with the task as it was
--    before that update, which the update's own trigger never saw (it reads the links
--    committed before it). As task_summary_on_link does (migration 0024), the task is read
--    FOR SHARE: the link waits for the update and counts the task as it then is.
CREATE OR REPLACE FUNCTION assessment_summary_on_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  IF TG_OP = 'INSERT' THEN
    PERFORM assessment_summary_count(NEW, 1, NULL, NULL);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM assessment_summary_count(OLD, -1, NULL, NULL);
    RETURN OLD;
  ELSE
    IF ARRAY(SELECT row(r.*)::text FROM assessment_summary_rows(OLD) r ORDER BY 1) = ARRAY(SELECT row(r.*)::text FROM assessment_summary_rows(NEW) r ORDER BY 1) THEN RETURN NULL; END IF;
    PERFORM assessment_summary_count(OLD, -1, NULL, NULL);
    PERFORM assessment_summary_count(NEW, 1, NULL, NULL);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assessment_summary_on_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  t tasks;
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT * INTO t FROM tasks WHERE id = OLD.task_id FOR SHARE;
    IF FOUND THEN PERFORM assessment_summary_count(t, -1, OLD.department_id, OLD.role::text); END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT * INTO t FROM tasks WHERE id = NEW.task_id FOR SHARE;
    IF FOUND THEN PERFORM assessment_summary_count(t, 1, NEW.department_id, NEW.role::text); END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cockpit_card_on_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  IF TG_OP = 'INSERT' THEN
    PERFORM cockpit_card_count(NEW, 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM cockpit_card_count(OLD, -1);
    RETURN OLD;
  ELSE
    IF ARRAY(SELECT row(r.*)::text FROM cockpit_card_rows(OLD) r ORDER BY 1) = ARRAY(SELECT row(r.*)::text FROM cockpit_card_rows(NEW) r ORDER BY 1) THEN RETURN NULL; END IF;
    PERFORM cockpit_card_count(OLD, -1);
    PERFORM cockpit_card_count(NEW, 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The same race in the task list's due order (migration 0018): a link made while another
-- transaction moved the task's due date took the date from before the move, and the move's
-- own trigger did not see the link. The task is read FOR SHARE, as above.
CREATE OR REPLACE FUNCTION task_departments_set_due_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT coalesce(t.due_date, '9999-12-31'::date) INTO NEW.due_order FROM tasks t WHERE t.id = NEW.task_id FOR SHARE;
  NEW.due_order := coalesce(NEW.due_order, '9999-12-31'::date);
  RETURN NEW;
END $$;
