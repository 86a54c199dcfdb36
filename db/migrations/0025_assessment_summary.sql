CREATE TABLE "assessment_summary" (
	"department_id" uuid NOT NULL,
	"role" text NOT NULL,
	"judge" text NOT NULL,
	"due_year" integer NOT NULL,
	"outcome" text NOT NULL,
	"tasks" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "assessment_summary_judge_due_year_department_id_role_outcome_pk" PRIMARY KEY("judge","due_year","department_id","role","outcome")
);
--> statement-breakpoint
CREATE TABLE "cockpit_card_summary" (
	"kind" text NOT NULL,
	"ref" text NOT NULL,
	"ref2" text NOT NULL,
	"tasks" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cockpit_card_summary_kind_ref_ref2_pk" PRIMARY KEY("kind","ref","ref2")
);
--> statement-breakpoint
CREATE INDEX "notices_circular_issued_idx" ON "notices" USING btree ("issued_at") WHERE "notices"."kind" = 'circular' and "notices"."status" <> 'draft';
--> statement-breakpoint
CREATE INDEX "notices_answer_due_idx" ON "notices" USING btree ("response_due_date","department_id","status","responded_at") WHERE "notices"."kind" <> 'circular' and "notices"."status" <> 'draft' and "notices"."department_id" is not null;
--> statement-breakpoint
-- 考核's counts (ADR 021) are kept like task_summary (ADR 017, migration 0016): by triggers in
-- each write's transaction, rolled with it at midnight. The outcome of one task for one
-- deadline, the SQL twin of db/queries/assessment.ts's rules: completed → 'late' when the
-- completed day (in the zone) is after the deadline, else 'on_time'; otherwise 'overdue' once
-- the deadline is before the day, else 'pending'. Drafts, cancelled tasks and tasks without a
-- deadline are not judged (NULL).
CREATE FUNCTION assessment_summary_outcome(p_status task_status, p_due date, p_completed timestamptz, p_as_of date, p_tz text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_status IN ('draft', 'cancelled') OR p_due IS NULL THEN NULL
    WHEN p_status = 'completed' AND p_completed IS NOT NULL THEN CASE WHEN (p_completed AT TIME ZONE p_tz)::date > p_due THEN 'late' ELSE 'on_time' END
    WHEN p_as_of IS NOT NULL AND p_as_of > p_due THEN 'overdue'
    ELSE 'pending'
  END
$$;
--> statement-breakpoint
-- One task's judged deadlines: at the due date at publication ('original', or the due date
-- when none was kept) and at the one in force ('current').
CREATE FUNCTION assessment_summary_rows(t tasks) RETURNS TABLE (judge text, due_year integer, outcome text)
LANGUAGE sql STABLE AS $$
  SELECT j.judge, extract(year FROM j.due)::integer,
    assessment_summary_outcome(t.status, j.due, t.completed_at, s.as_of, coalesce(s.time_zone, 'Asia/Shanghai'))
  FROM (VALUES ('current', t.due_date), ('original', coalesce(t.original_due_date, t.due_date))) AS j (judge, due)
  LEFT JOIN task_summary_state s ON s.id = 1
  WHERE assessment_summary_outcome(t.status, j.due, t.completed_at, s.as_of, coalesce(s.time_zone, 'Asia/Shanghai')) IS NOT NULL
$$;
--> statement-breakpoint
CREATE FUNCTION assessment_summary_recount() RETURNS TABLE (department_id uuid, role text, judge text, due_year integer, outcome text, tasks integer)
LANGUAGE sql STABLE AS $$
  WITH s AS (SELECT * FROM task_summary_state WHERE id = 1),
  j AS (
    SELECT t.id, 'current'::text AS judge, t.due_date AS due, t.status, t.completed_at FROM tasks t
    UNION ALL
    SELECT t.id, 'original', coalesce(t.original_due_date, t.due_date), t.status, t.completed_at FROM tasks t
  ),
  o AS (
    SELECT j.id, j.judge, extract(year FROM j.due)::integer AS due_year,
      assessment_summary_outcome(j.status, j.due, j.completed_at, s.as_of, coalesce(s.time_zone, 'Asia/Shanghai')) AS outcome
    FROM j LEFT JOIN s ON true
  )
  SELECT td.department_id, td.role::text, o.judge, o.due_year, o.outcome, count(*)::integer
  FROM o JOIN task_departments td ON td.task_id = o.id WHERE o.outcome IS NOT NULL GROUP BY 1, 2, 3, 4, 5
$$;
--> statement-breakpoint
-- Adds (1) or removes (−1) one task's rows for every department link, or only p_department's;
-- in key order, so that two writers lock shared rows in the same order.
CREATE FUNCTION assessment_summary_count(t tasks, p_sign integer, p_department uuid, p_role text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  INSERT INTO assessment_summary AS a (judge, due_year, department_id, role, outcome, tasks)
  SELECT r.judge, r.due_year, l.department_id, l.role, r.outcome, p_sign
  FROM assessment_summary_rows(t) r
  CROSS JOIN (
    SELECT td.department_id, td.role::text AS role FROM task_departments td WHERE p_department IS NULL AND td.task_id = t.id
    UNION ALL
    SELECT p_department, p_role WHERE p_department IS NOT NULL
  ) l
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (judge, due_year, department_id, role, outcome) DO UPDATE SET tasks = a.tasks + excluded.tasks;
END;
$$;
--> statement-breakpoint
-- The scale seed's 'off' switch (ADR 017) covers this summary too; its rebuild recounts both.
CREATE FUNCTION assessment_summary_on_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
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
CREATE FUNCTION assessment_summary_on_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  t tasks;
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT * INTO t FROM tasks WHERE id = OLD.task_id;
    IF FOUND THEN PERFORM assessment_summary_count(t, -1, OLD.department_id, OLD.role::text); END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT * INTO t FROM tasks WHERE id = NEW.task_id;
    IF FOUND THEN PERFORM assessment_summary_count(t, 1, NEW.department_id, NEW.role::text); END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assessment_summary_insert AFTER INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION assessment_summary_on_task();
--> statement-breakpoint
CREATE TRIGGER assessment_summary_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN ((OLD.status, OLD.due_date, OLD.original_due_date, OLD.completed_at) IS DISTINCT FROM (NEW.status, NEW.due_date, NEW.original_due_date, NEW.completed_at))
  EXECUTE FUNCTION assessment_summary_on_task();
--> statement-breakpoint
CREATE TRIGGER assessment_summary_delete BEFORE DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION assessment_summary_on_task();
--> statement-breakpoint
CREATE TRIGGER assessment_summary_link AFTER INSERT OR UPDATE OF task_id, department_id, role OR DELETE ON task_departments
  FOR EACH ROW EXECUTE FUNCTION assessment_summary_on_link();
--> statement-breakpoint
-- The cockpit's cards (ADR 021): one task's rows. Section completion counts by goal, status
-- and whether the task is overdue as of the state's day (open and due before it). The
-- 12-week trend counts publications and completions by day, and keeps each task's overdue
-- spell as two days: from the day it is both published and past due, until the day it is
-- completed (never for a task completed by then); overdue at the end of day E is the sum of
-- the spells begun by E minus those ended by E. A completion also keeps the later of its
-- publication day and its week's Monday: the trend counts a completion in a week only when
-- the task was published by that week's end (ref2 'YYYY-MM-DD/shard'; the day rows' ref2 is
-- the shard).
CREATE FUNCTION cockpit_card_rows(t tasks) RETURNS TABLE (kind text, ref text, ref2 text)
LANGUAGE sql STABLE AS $$
  WITH s AS (SELECT coalesce(st.time_zone, 'Asia/Shanghai') AS tz, st.as_of FROM (SELECT 1) one LEFT JOIN task_summary_state st ON st.id = 1),
  f AS (
    SELECT (t.published_at AT TIME ZONE s.tz)::date AS p, CASE WHEN t.status = 'completed' THEN (t.completed_at AT TIME ZONE s.tz)::date END AS c,
      t.due_date AS d, greatest((t.published_at AT TIME ZONE s.tz)::date, t.due_date + 1) AS o,
      -- Spread over 8 shards by task id, as task_summary's 'task' rows: a day's publications
      -- and completions do not all queue on one row.
      (abs(hashtext(t.id::text)) % 8)::text AS shard
    FROM s WHERE t.status::text NOT IN ('draft', 'cancelled', 'carried_over') AND t.published_at IS NOT NULL
  )
  SELECT 'goal', t.goal_id::text, t.status::text || ':' || coalesce(t.status IN ('assigned', 'in_progress', 'submitted') AND t.due_date < s.as_of, false)::text
  FROM s WHERE t.goal_id IS NOT NULL AND t.status::text NOT IN ('draft', 'cancelled', 'carried_over')
  UNION ALL SELECT 'published', f.p::text, f.shard FROM f
  UNION ALL SELECT 'completed', f.c::text, greatest(f.p, date_trunc('week', f.c)::date)::text || '/' || f.shard FROM f WHERE f.c IS NOT NULL
  UNION ALL SELECT 'overdue_from', f.o::text, f.shard FROM f WHERE f.d IS NOT NULL AND (f.c IS NULL OR f.c > f.o)
  UNION ALL SELECT 'overdue_until', f.c::text, f.shard FROM f WHERE f.d IS NOT NULL AND f.c > f.o
$$;
--> statement-breakpoint
CREATE FUNCTION cockpit_card_recount() RETURNS TABLE (kind text, ref text, ref2 text, tasks integer)
LANGUAGE sql STABLE AS $$
  SELECT r.kind, r.ref, r.ref2, count(*)::integer FROM tasks t CROSS JOIN LATERAL cockpit_card_rows(t) r GROUP BY 1, 2, 3
$$;
--> statement-breakpoint
CREATE FUNCTION cockpit_card_count(t tasks, p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  INSERT INTO cockpit_card_summary AS c (kind, ref, ref2, tasks)
  SELECT r.kind, r.ref, r.ref2, count(*)::integer * p_sign FROM cockpit_card_rows(t) r GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (kind, ref, ref2) DO UPDATE SET tasks = c.tasks + excluded.tasks;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION cockpit_card_on_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
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
CREATE TRIGGER cockpit_card_insert AFTER INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION cockpit_card_on_task();
--> statement-breakpoint
CREATE TRIGGER cockpit_card_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN ((OLD.status, OLD.due_date, OLD.published_at, OLD.completed_at, OLD.goal_id) IS DISTINCT FROM (NEW.status, NEW.due_date, NEW.published_at, NEW.completed_at, NEW.goal_id))
  EXECUTE FUNCTION cockpit_card_on_task();
--> statement-breakpoint
CREATE TRIGGER cockpit_card_delete BEFORE DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION cockpit_card_on_task();
--> statement-breakpoint
-- The full recount (ADR 017, migration 0024) recounts these summaries as well, under the same exclusive lock.
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
END;
$$;
--> statement-breakpoint
INSERT INTO assessment_summary (department_id, role, judge, due_year, outcome, tasks) SELECT * FROM assessment_summary_recount();
--> statement-breakpoint
INSERT INTO cockpit_card_summary (kind, ref, ref2, tasks) SELECT * FROM cockpit_card_recount();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_summary_roll_step(p_as_of date, p_tz text, p_soon integer, p_behind integer, p_wait boolean) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
  day_lo date;
  day_hi date;
  turning uuid[];
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
    ELSE
      day_lo := least(s.as_of, s.next_as_of);
      day_hi := greatest(s.as_of, s.next_as_of);
      -- Judged tasks with a deadline between the two days (read once; the four moves look them up by id).
      turning := ARRAY(SELECT x.id FROM tasks x
        WHERE NOT (x.status::text IN ('draft', 'cancelled') OR (x.status = 'completed' AND x.completed_at IS NOT NULL))
          AND (x.due_date BETWEEN day_lo AND day_hi OR x.original_due_date BETWEEN day_lo AND day_hi));
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
