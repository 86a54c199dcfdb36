CREATE TABLE "assessment_circular_leads" (
	"notice_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"links" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assessment_circular_leads_notice_id_department_id_pk" PRIMARY KEY("notice_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_notice_summary" (
	"year" integer NOT NULL,
	"department_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"outcome" text NOT NULL,
	"notices" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assessment_notice_summary_year_department_id_kind_outcome_pk" PRIMARY KEY("year","department_id","kind","outcome")
);
--> statement-breakpoint
-- 考核's notice points (ADR 022) are kept like its task points (ADR 021, migration 0025): by
-- triggers in each write's transaction, switched off by the scale seed's bulk load, recounted
-- by task_summary_rebuild and rolled at midnight by task_summary_roll_step.
-- A circular's year: the year of its issue day in the zone; NULL for any other notice, a draft,
-- or one not issued. The twin of noticeFacts' circular rule (db/queries/assessment-notices.ts).
-- Plain expressions of their arguments (the callers read the zone and day once): the planner
-- inlines them, where a function reading task_summary_state would be planned at every call.
CREATE FUNCTION assessment_notice_circular_year(p_kind notice_kind, p_status notice_status, p_issued timestamptz, p_tz text) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_kind = 'circular' AND p_status <> 'draft' AND p_issued IS NOT NULL THEN extract(year FROM p_issued AT TIME ZONE p_tz)::integer END
$$;
--> statement-breakpoint
-- An answer's outcome (NULL for a circular, a draft, a notice without department or deadline),
-- the twin of isResponseLate (lib/domain/notice-rules.ts): answered → 'late' when the answer day
-- (in the zone) is after the deadline, else 'on_time'; closed unanswered → 'closed' (never late);
-- otherwise 'overdue' once the day is after the deadline, else 'pending'. Counted in the year of
-- the deadline.
CREATE FUNCTION assessment_notice_answer_outcome(p_kind notice_kind, p_status notice_status, p_department uuid, p_due date, p_responded timestamptz, p_as_of date, p_tz text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_kind = 'circular' OR p_status = 'draft' OR p_department IS NULL OR p_due IS NULL THEN NULL
    WHEN p_responded IS NOT NULL THEN CASE WHEN (p_responded AT TIME ZONE p_tz)::date > p_due THEN 'late' ELSE 'on_time' END
    WHEN p_status = 'closed' THEN 'closed'
    WHEN p_as_of IS NOT NULL AND p_as_of > p_due THEN 'overdue'
    ELSE 'pending'
  END
$$;
--> statement-breakpoint
-- One notice's answer row as of task_summary_state (the recount and the roll, set-based).
CREATE FUNCTION assessment_notice_answer(n notices) RETURNS TABLE (year integer, department_id uuid, outcome text)
LANGUAGE sql STABLE AS $$
  SELECT extract(year FROM n.response_due_date)::integer, n.department_id, o.outcome
  FROM (SELECT 1) one LEFT JOIN task_summary_state s ON s.id = 1
  CROSS JOIN LATERAL (SELECT assessment_notice_answer_outcome(n.kind, n.status, n.department_id, n.response_due_date, n.responded_at,
    s.as_of, coalesce(s.time_zone, 'Asia/Shanghai')) AS outcome) o
  WHERE o.outcome IS NOT NULL
$$;
--> statement-breakpoint
-- How many of each circular's tasks each department leads, counted from the tables.
CREATE FUNCTION assessment_circular_leads_recount() RETURNS TABLE (notice_id uuid, department_id uuid, links integer)
LANGUAGE sql STABLE AS $$
  SELECT nt.notice_id, td.department_id, count(*)::integer
  FROM notices n JOIN notice_tasks nt ON nt.notice_id = n.id JOIN task_departments td ON td.task_id = nt.task_id AND td.role = 'lead'
  WHERE n.kind = 'circular' GROUP BY 1, 2
$$;
--> statement-breakpoint
-- The notice summary counted from the tables (not from assessment_circular_leads): circulars once
-- per department leading one of their tasks, answers by outcome.
CREATE FUNCTION assessment_notice_recount() RETURNS TABLE (year integer, department_id uuid, kind text, outcome text, notices integer)
LANGUAGE sql STABLE AS $$
  WITH s AS (SELECT coalesce(st.time_zone, 'Asia/Shanghai') AS tz FROM (SELECT 1) one LEFT JOIN task_summary_state st ON st.id = 1)
  SELECT y.year, l.department_id, 'circular'::text, ''::text, count(*)::integer
  FROM assessment_circular_leads_recount() l JOIN notices n ON n.id = l.notice_id CROSS JOIN s
  CROSS JOIN LATERAL (SELECT assessment_notice_circular_year(n.kind, n.status, n.issued_at, s.tz) AS year) y
  WHERE y.year IS NOT NULL GROUP BY 1, 2
  UNION ALL
  SELECT a.year, a.department_id, 'answer'::text, a.outcome, count(*)::integer
  FROM notices n CROSS JOIN LATERAL assessment_notice_answer(n) a GROUP BY 1, 2, 4
$$;
--> statement-breakpoint
-- Adds (delta > 0) or removes (delta < 0) links between circulars and departments, summed per
-- pair in one statement (a monthly circular names every task due in the month: one row updated
-- once, not once per task — a row updated thousands of times in one transaction grows a chain
-- of versions that every later update walks). A department's circular count moves only when its
-- links to a circular go from none to some or back. The circulars' rows are locked first (FOR
-- SHARE): a circular's issue or deletion, which reads these links under the notice's row lock,
-- and a change of its links take turns, and the year is read after the lock (a later statement
-- sees what the other committed).
CREATE FUNCTION assessment_circular_links(p_notices uuid[], p_departments uuid[], p_deltas integer[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  tz text;
BEGIN
  IF coalesce(cardinality(p_notices), 0) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  PERFORM 1 FROM notices WHERE id = ANY (p_notices) ORDER BY id FOR SHARE;
  tz := coalesce((SELECT s.time_zone FROM task_summary_state s WHERE s.id = 1), 'Asia/Shanghai');
  WITH d AS (
    SELECT x.notice_id, x.department_id, sum(x.delta)::integer AS delta
    FROM unnest(p_notices, p_departments, p_deltas) AS x (notice_id, department_id, delta)
    GROUP BY 1, 2 HAVING sum(x.delta) <> 0
  ), up AS (
    INSERT INTO assessment_circular_leads AS l (notice_id, department_id, links)
    SELECT d.notice_id, d.department_id, d.delta FROM d ORDER BY 1, 2
    ON CONFLICT (notice_id, department_id) DO UPDATE SET links = l.links + excluded.links
    RETURNING l.notice_id, l.department_id, l.links
  ), turned AS (
    SELECT up.notice_id, up.department_id,
      CASE WHEN up.links > 0 AND up.links - d.delta <= 0 THEN 1 WHEN up.links <= 0 AND up.links - d.delta > 0 THEN -1 ELSE 0 END AS delta
    FROM up JOIN d ON d.notice_id = up.notice_id AND d.department_id = up.department_id
  )
  INSERT INTO assessment_notice_summary AS a (year, department_id, kind, outcome, notices)
  SELECT assessment_notice_circular_year(n.kind, n.status, n.issued_at, tz), t.department_id, 'circular', '', sum(t.delta)::integer
  FROM turned t JOIN notices n ON n.id = t.notice_id
  WHERE t.delta <> 0 AND assessment_notice_circular_year(n.kind, n.status, n.issued_at, tz) IS NOT NULL
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (year, department_id, kind, outcome) DO UPDATE SET notices = a.notices + excluded.notices;
  DELETE FROM assessment_circular_leads WHERE notice_id = ANY (p_notices) AND links = 0;
END;
$$;
--> statement-breakpoint
-- One link (p_sign) between each of these circulars and each of these departments.
CREATE FUNCTION assessment_circular_link(p_notices uuid[], p_departments uuid[], p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM assessment_circular_links(array_agg(n), array_agg(d), array_agg(p_sign))
  FROM unnest(p_notices) AS n CROSS JOIN unnest(p_departments) AS d;
END;
$$;
--> statement-breakpoint
-- A task gains or loses a lead department: one link between it and each circular naming the task.
CREATE FUNCTION assessment_circular_lead(p_task uuid, p_department uuid, p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM tasks WHERE id = p_task FOR NO KEY UPDATE;
  IF NOT FOUND THEN RETURN; END IF;
  PERFORM assessment_circular_link(
    ARRAY(SELECT nt.notice_id FROM notice_tasks nt JOIN notices n ON n.id = nt.notice_id WHERE nt.task_id = p_task AND n.kind = 'circular'),
    ARRAY[p_department], p_sign);
END;
$$;
--> statement-breakpoint
-- A notice written: its answer row moves (status, deadline, answer, department); a circular's
-- departments move between years when it is issued (or its issue time or kind changes, or it is
-- deleted). An AFTER trigger, so that the notice's row lock is held while the links are read.
CREATE FUNCTION assessment_notice_on_notice() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_year integer;
  new_year integer;
  old_outcome text;
  new_outcome text;
  relink boolean;
  tz text;
  day date;
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  SELECT coalesce(s.time_zone, 'Asia/Shanghai'), s.as_of INTO tz, day FROM (SELECT 1) one LEFT JOIN task_summary_state s ON s.id = 1;
  IF TG_OP <> 'INSERT' THEN
    old_outcome := assessment_notice_answer_outcome(OLD.kind, OLD.status, OLD.department_id, OLD.response_due_date, OLD.responded_at, day, tz);
    old_year := assessment_notice_circular_year(OLD.kind, OLD.status, OLD.issued_at, tz);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    new_outcome := assessment_notice_answer_outcome(NEW.kind, NEW.status, NEW.department_id, NEW.response_due_date, NEW.responded_at, day, tz);
    new_year := assessment_notice_circular_year(NEW.kind, NEW.status, NEW.issued_at, tz);
  END IF;
  -- The answer's row out and in (nothing when its key stays: a signature moves no count), in key order.
  IF old_outcome IS NOT NULL OR new_outcome IS NOT NULL THEN
    INSERT INTO assessment_notice_summary AS a (year, department_id, kind, outcome, notices)
    SELECT r.year, r.department_id, 'answer', r.outcome, sum(r.n)::integer
    FROM (VALUES (extract(year FROM OLD.response_due_date)::integer, OLD.department_id, old_outcome, -1),
                 (extract(year FROM NEW.response_due_date)::integer, NEW.department_id, new_outcome, 1)) r (year, department_id, outcome, n)
    WHERE r.outcome IS NOT NULL
    GROUP BY 1, 2, 4 HAVING sum(r.n) <> 0 ORDER BY 1, 2, 4
    ON CONFLICT (year, department_id, kind, outcome) DO UPDATE SET notices = a.notices + excluded.notices;
  END IF;

  -- A deleted notice's links go with it; a changed kind (not done by the app) counts them again.
  relink := TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.kind IS DISTINCT FROM NEW.kind);
  IF old_year IS NOT NULL AND (relink OR old_year IS DISTINCT FROM new_year) THEN
    INSERT INTO assessment_notice_summary AS a (year, department_id, kind, outcome, notices)
    SELECT old_year, l.department_id, 'circular', '', -1 FROM assessment_circular_leads l
    WHERE l.notice_id = OLD.id AND l.links > 0 ORDER BY 2
    ON CONFLICT (year, department_id, kind, outcome) DO UPDATE SET notices = a.notices + excluded.notices;
  END IF;
  IF relink THEN
    DELETE FROM assessment_circular_leads WHERE notice_id = OLD.id;
    IF TG_OP = 'UPDATE' AND NEW.kind = 'circular' THEN
      INSERT INTO assessment_circular_leads (notice_id, department_id, links)
      SELECT nt.notice_id, td.department_id, count(*)::integer
      FROM notice_tasks nt JOIN task_departments td ON td.task_id = nt.task_id AND td.role = 'lead'
      WHERE nt.notice_id = NEW.id GROUP BY 1, 2 ORDER BY 1, 2;
    END IF;
  END IF;
  IF new_year IS NOT NULL AND (relink OR old_year IS DISTINCT FROM new_year) THEN
    INSERT INTO assessment_notice_summary AS a (year, department_id, kind, outcome, notices)
    SELECT new_year, l.department_id, 'circular', '', 1 FROM assessment_circular_leads l
    WHERE l.notice_id = NEW.id AND l.links > 0 ORDER BY 2
    ON CONFLICT (year, department_id, kind, outcome) DO UPDATE SET notices = a.notices + excluded.notices;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A task deleted: its links to the circulars naming it go now, while both its lead links and its
-- notice_tasks rows are there. The foreign keys' cascades delete those rows first and only then
-- fire their tables' triggers, which would each find the other's rows gone; they skip a task
-- that no longer exists.
CREATE FUNCTION assessment_notice_on_task_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN OLD; END IF;
  PERFORM assessment_circular_link(
    ARRAY(SELECT nt.notice_id FROM notice_tasks nt JOIN notices n ON n.id = nt.notice_id WHERE nt.task_id = OLD.id AND n.kind = 'circular'),
    ARRAY(SELECT td.department_id FROM task_departments td WHERE td.task_id = OLD.id AND td.role = 'lead'), -1);
  RETURN OLD;
END;
$$;
--> statement-breakpoint
-- Circulars gain or lose tasks (a statement's rows at once, from its transition tables): one
-- link to each department leading each task. The tasks' rows are locked first (in id order), as
-- a change of a task's lead does: the two take turns, each reading the other's rows after the
-- lock. A deleted task's links went in its BEFORE DELETE trigger, a deleted notice's in its own:
-- rows whose task or notice is gone are skipped.
CREATE FUNCTION assessment_notice_on_notice_tasks() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ns uuid[];
  ds uuid[];
  ks integer[];
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM 1 FROM tasks WHERE id IN (SELECT a.task_id FROM added a JOIN notices c ON c.id = a.notice_id WHERE c.kind = 'circular') ORDER BY id FOR NO KEY UPDATE;
    SELECT array_agg(x.notice_id), array_agg(x.department_id), array_agg(x.n) INTO ns, ds, ks FROM (
      SELECT a.notice_id, td.department_id, count(*)::integer AS n
      FROM added a JOIN notices c ON c.id = a.notice_id AND c.kind = 'circular' JOIN tasks t ON t.id = a.task_id
      JOIN task_departments td ON td.task_id = a.task_id AND td.role = 'lead' GROUP BY 1, 2) x;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM 1 FROM tasks WHERE id IN (SELECT r.task_id FROM removed r JOIN notices c ON c.id = r.notice_id WHERE c.kind = 'circular') ORDER BY id FOR NO KEY UPDATE;
    SELECT array_agg(x.notice_id), array_agg(x.department_id), array_agg(x.n) INTO ns, ds, ks FROM (
      SELECT r.notice_id, td.department_id, -count(*)::integer AS n
      FROM removed r JOIN notices c ON c.id = r.notice_id AND c.kind = 'circular' JOIN tasks t ON t.id = r.task_id
      JOIN task_departments td ON td.task_id = r.task_id AND td.role = 'lead' GROUP BY 1, 2) x;
  ELSE
    PERFORM 1 FROM tasks WHERE id IN (SELECT r.task_id FROM removed r UNION SELECT a.task_id FROM added a) ORDER BY id FOR NO KEY UPDATE;
    SELECT array_agg(x.notice_id), array_agg(x.department_id), array_agg(x.n) INTO ns, ds, ks FROM (
      SELECT m.notice_id, td.department_id, sum(m.sign)::integer AS n
      FROM (SELECT r.notice_id, r.task_id, -1 AS sign FROM removed r UNION ALL SELECT a.notice_id, a.task_id, 1 FROM added a) m
      JOIN notices c ON c.id = m.notice_id AND c.kind = 'circular' JOIN tasks t ON t.id = m.task_id
      JOIN task_departments td ON td.task_id = m.task_id AND td.role = 'lead' GROUP BY 1, 2) x;
  END IF;
  PERFORM assessment_circular_links(ns, ds, ks);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION assessment_notice_on_link() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.role = 'lead' THEN PERFORM assessment_circular_lead(OLD.task_id, OLD.department_id, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.role = 'lead' THEN PERFORM assessment_circular_lead(NEW.task_id, NEW.department_id, 1); END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assessment_notice_write AFTER INSERT OR DELETE ON notices FOR EACH ROW EXECUTE FUNCTION assessment_notice_on_notice();
--> statement-breakpoint
CREATE TRIGGER assessment_notice_update AFTER UPDATE ON notices FOR EACH ROW
  WHEN ((OLD.kind, OLD.status, OLD.department_id, OLD.issued_at, OLD.response_due_date, OLD.responded_at)
    IS DISTINCT FROM (NEW.kind, NEW.status, NEW.department_id, NEW.issued_at, NEW.response_due_date, NEW.responded_at))
  EXECUTE FUNCTION assessment_notice_on_notice();
--> statement-breakpoint
CREATE TRIGGER assessment_notice_tasks_insert AFTER INSERT ON notice_tasks REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_notice_on_notice_tasks();
--> statement-breakpoint
CREATE TRIGGER assessment_notice_tasks_update AFTER UPDATE ON notice_tasks REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_notice_on_notice_tasks();
--> statement-breakpoint
CREATE TRIGGER assessment_notice_tasks_delete AFTER DELETE ON notice_tasks REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION assessment_notice_on_notice_tasks();
--> statement-breakpoint
CREATE TRIGGER assessment_notice_task_delete BEFORE DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION assessment_notice_on_task_delete();
--> statement-breakpoint
CREATE TRIGGER assessment_notice_link AFTER INSERT OR UPDATE OF task_id, department_id, role OR DELETE ON task_departments
  FOR EACH ROW EXECUTE FUNCTION assessment_notice_on_link();
--> statement-breakpoint
-- The full recount (ADR 017, migration 0024; 0025's body) recounts 考核's notice counts as well (ADR 022).
CREATE OR REPLACE FUNCTION task_summary_rebuild(p_as_of date, p_tz text, p_soon integer, p_behind integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(17, 2);
  PERFORM pg_advisory_xact_lock(17, 1);
  INSERT INTO task_summary_state (id, as_of, time_zone, due_soon_days, behind_points) VALUES (1, p_as_of, p_tz, p_soon, p_behind)
  ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, time_zone = excluded.time_zone, due_soon_days = excluded.due_soon_days,
    behind_points = excluded.behind_points, next_as_of = NULL, next_time_zone = NULL, next_due_soon_days = NULL, next_behind_points = NULL, rolled = NULL;
  DELETE FROM task_summary;
  INSERT INTO task_summary SELECT * FROM task_summary_recount();
  DELETE FROM assessment_summary;
  INSERT INTO assessment_summary (department_id, role, judge, due_year, outcome, tasks) SELECT * FROM assessment_summary_recount();
  DELETE FROM cockpit_card_summary;
  INSERT INTO cockpit_card_summary (kind, ref, ref2, tasks) SELECT * FROM cockpit_card_recount();
  DELETE FROM assessment_circular_leads;
  INSERT INTO assessment_circular_leads (notice_id, department_id, links) SELECT * FROM assessment_circular_leads_recount();
  DELETE FROM assessment_notice_summary;
  INSERT INTO assessment_notice_summary (year, department_id, kind, outcome, notices) SELECT * FROM assessment_notice_recount();
END;
$$;
--> statement-breakpoint
-- 0025's roll step (full body) with 考核's notice answers moved in its finishing step as well (ADR 022).
CREATE OR REPLACE FUNCTION task_summary_roll_step(p_as_of date, p_tz text, p_soon integer, p_behind integer, p_wait boolean) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  day_lo date;
  day_hi date;
  turning uuid[];
  answering uuid[];
  s task_summary_state;
  k integer;
  lo uuid;
  hi uuid;
BEGIN
  PERFORM pg_advisory_xact_lock(17, 2);
  SELECT * INTO s FROM task_summary_state WHERE id = 1;
  IF NOT FOUND OR s.as_of IS NULL THEN
    PERFORM task_summary_rebuild(p_as_of, p_tz, p_soon, p_behind);
    RETURN 'rebuilt';
  END IF;
  IF s.rolled IS NULL THEN
    IF s.as_of = p_as_of AND s.time_zone = p_tz AND s.due_soon_days = p_soon AND s.behind_points = p_behind THEN RETURN 'done'; END IF;
    -- Starting moves no count: chunks below 0 are none.
    UPDATE task_summary_state SET next_as_of = p_as_of, next_time_zone = p_tz, next_due_soon_days = p_soon, next_behind_points = p_behind, rolled = 0 WHERE id = 1;
    RETURN 'started';
  END IF;
  IF s.rolled >= 256 THEN
    -- Every chunk is at the next rules: making them the current ones changes no task's bucket.
    -- 考核's outcomes (overdue or pending) and the section card's overdue flag also turn with the
    -- day (ADR 021). Only tasks whose deadline lies between the two days can change: they are
    -- taken out as of the old day and counted again as of the new one, with writers held on
    -- (17, 1) for that moment, so that no write counts between the new day and its recount.
    -- A changed time zone moves every completion's day: then both are recounted in full.
    PERFORM pg_advisory_xact_lock(17, 1);
    IF s.as_of IS NULL OR s.next_as_of IS NULL OR s.time_zone IS DISTINCT FROM s.next_time_zone THEN
      UPDATE task_summary_state SET as_of = next_as_of, time_zone = next_time_zone, due_soon_days = next_due_soon_days, behind_points = next_behind_points,
        next_as_of = NULL, next_time_zone = NULL, next_due_soon_days = NULL, next_behind_points = NULL, rolled = NULL WHERE id = 1;
      DELETE FROM assessment_summary;
      INSERT INTO assessment_summary (department_id, role, judge, due_year, outcome, tasks) SELECT * FROM assessment_summary_recount();
      DELETE FROM cockpit_card_summary;
      INSERT INTO cockpit_card_summary (kind, ref, ref2, tasks) SELECT * FROM cockpit_card_recount();
      -- 考核's notice counts (ADR 022): the issue and answer days move with the zone.
      DELETE FROM assessment_notice_summary;
      INSERT INTO assessment_notice_summary (year, department_id, kind, outcome, notices) SELECT * FROM assessment_notice_recount();
    ELSE
      day_lo := least(s.as_of, s.next_as_of);
      day_hi := greatest(s.as_of, s.next_as_of);
      -- Judged tasks with a deadline between the two days (read once; the four moves look them up by id).
      turning := ARRAY(SELECT x.id FROM tasks x
        WHERE NOT (x.status::text IN ('draft', 'cancelled') OR (x.status = 'completed' AND x.completed_at IS NOT NULL))
          AND (x.due_date BETWEEN day_lo AND day_hi OR x.original_due_date BETWEEN day_lo AND day_hi));
      -- 考核's unanswered notices (ADR 022) whose response deadline lies between the two days
      -- (overdue or pending turns with the day): read once off notices_answer_due_idx.
      answering := ARRAY(SELECT n.id FROM notices n
        WHERE n.kind <> 'circular' AND n.status <> 'draft' AND n.department_id IS NOT NULL
          AND n.status <> 'closed' AND n.responded_at IS NULL AND n.response_due_date BETWEEN day_lo AND day_hi);
      INSERT INTO assessment_summary AS a (judge, due_year, department_id, role, outcome, tasks)
        SELECT r.judge, r.due_year, td.department_id, td.role::text, r.outcome, (-1 * count(*))::integer
        FROM tasks x CROSS JOIN LATERAL assessment_summary_rows(x) r JOIN task_departments td ON td.task_id = x.id
        WHERE x.id = ANY (turning)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (judge, due_year, department_id, role, outcome) DO UPDATE SET tasks = a.tasks + excluded.tasks;
      INSERT INTO cockpit_card_summary AS c (kind, ref, ref2, tasks)
        SELECT r.kind, r.ref, r.ref2, (-1 * count(*))::integer
        FROM tasks x CROSS JOIN LATERAL cockpit_card_rows(x) r
        WHERE x.id = ANY (turning)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (kind, ref, ref2) DO UPDATE SET tasks = c.tasks + excluded.tasks;
      INSERT INTO assessment_notice_summary AS a (year, department_id, kind, outcome, notices)
        SELECT r.year, r.department_id, 'answer', r.outcome, (-1 * count(*))::integer
        FROM notices n CROSS JOIN LATERAL assessment_notice_answer(n) r
        WHERE n.id = ANY (answering)
        GROUP BY 1, 2, 4 ORDER BY 1, 2, 4
      ON CONFLICT (year, department_id, kind, outcome) DO UPDATE SET notices = a.notices + excluded.notices;
      UPDATE task_summary_state SET as_of = next_as_of, time_zone = next_time_zone, due_soon_days = next_due_soon_days, behind_points = next_behind_points,
        next_as_of = NULL, next_time_zone = NULL, next_due_soon_days = NULL, next_behind_points = NULL, rolled = NULL WHERE id = 1;
      INSERT INTO assessment_summary AS a (judge, due_year, department_id, role, outcome, tasks)
        SELECT r.judge, r.due_year, td.department_id, td.role::text, r.outcome, (1 * count(*))::integer
        FROM tasks x CROSS JOIN LATERAL assessment_summary_rows(x) r JOIN task_departments td ON td.task_id = x.id
        WHERE x.id = ANY (turning)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (judge, due_year, department_id, role, outcome) DO UPDATE SET tasks = a.tasks + excluded.tasks;
      INSERT INTO cockpit_card_summary AS c (kind, ref, ref2, tasks)
        SELECT r.kind, r.ref, r.ref2, (1 * count(*))::integer
        FROM tasks x CROSS JOIN LATERAL cockpit_card_rows(x) r
        WHERE x.id = ANY (turning)
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (kind, ref, ref2) DO UPDATE SET tasks = c.tasks + excluded.tasks;
      INSERT INTO assessment_notice_summary AS a (year, department_id, kind, outcome, notices)
        SELECT r.year, r.department_id, 'answer', r.outcome, (1 * count(*))::integer
        FROM notices n CROSS JOIN LATERAL assessment_notice_answer(n) r
        WHERE n.id = ANY (answering)
        GROUP BY 1, 2, 4 ORDER BY 1, 2, 4
      ON CONFLICT (year, department_id, kind, outcome) DO UPDATE SET notices = a.notices + excluded.notices;
    END IF;
    RETURN 'finished';
  END IF;
  k := s.rolled;
  IF p_wait THEN
    PERFORM pg_advisory_xact_lock(17, 100 + k);
  ELSIF NOT pg_try_advisory_xact_lock(17, 100 + k) THEN
    RETURN 'busy';
  END IF;
  lo := (lpad(to_hex(k), 2, '0') || '000000-0000-0000-0000-000000000000')::uuid;
  hi := (lpad(to_hex(k), 2, '0') || 'ffffff-ffff-ffff-ffff-ffffffffffff')::uuid;
  -- A statement after the chunk's lock: it sees every write that counted in this chunk, committed.
  WITH b AS (
    SELECT t.id, t.status, coalesce(t.due_date - date '2000-01-01', 0)::bigint AS dd,
      task_summary_bucket(t.status, t.due_date, t.start_date, t.published_at, t.progress, t.completed_at,
        s.as_of, s.time_zone, s.due_soon_days, s.behind_points) AS was,
      task_summary_bucket(t.status, t.due_date, t.start_date, t.published_at, t.progress, t.completed_at,
        s.next_as_of, s.next_time_zone, s.next_due_soon_days, s.next_behind_points) AS becomes
    FROM tasks t
    WHERE t.id BETWEEN lo AND hi
      -- In the same zone only open tasks with a due date can change bucket (on_time reads the zone).
      AND (s.time_zone IS DISTINCT FROM s.next_time_zone
        OR (t.due_date IS NOT NULL AND t.status::text NOT IN ('draft', 'completed', 'cancelled', 'carried_over')))
  ), moved AS (
    SELECT * FROM b WHERE was <> becomes
  ), counted AS (
    -- The task's own row and one per department link (looked up by key: the moved tasks are few).
    SELECT m.id, '00000000-0000-0000-0000-000000000000'::uuid AS department_id, 'task' AS role FROM moved m
    UNION ALL SELECT td.task_id, td.department_id, td.role::text FROM task_departments td WHERE td.task_id = ANY (ARRAY(SELECT id FROM moved))
  ), delta AS (
    SELECT c.department_id, c.role, m.status, m.was AS bucket, -1 AS n, -m.dd AS d FROM counted c JOIN moved m ON m.id = c.id
    UNION ALL SELECT c.department_id, c.role, m.status, m.becomes, 1, m.dd FROM counted c JOIN moved m ON m.id = c.id
  )
  INSERT INTO task_summary AS ts (department_id, role, shard, status, bucket, tasks, due_days)
  SELECT department_id, role, -1, status, bucket, sum(n)::integer, sum(d)::bigint FROM delta GROUP BY 1, 2, 4, 5
  ON CONFLICT (department_id, role, shard, status, bucket) DO UPDATE SET tasks = ts.tasks + excluded.tasks, due_days = ts.due_days + excluded.due_days;
  UPDATE task_summary_state SET rolled = k + 1 WHERE id = 1;
  RETURN 'rolled';
END;
$$;
--> statement-breakpoint
INSERT INTO assessment_circular_leads (notice_id, department_id, links) SELECT * FROM assessment_circular_leads_recount();
--> statement-breakpoint
INSERT INTO assessment_notice_summary (year, department_id, kind, outcome, notices) SELECT * FROM assessment_notice_recount();
