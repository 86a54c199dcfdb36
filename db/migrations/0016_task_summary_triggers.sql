-- The task summary (ADR 017) is kept by triggers: every path that writes tasks or their
-- department links (the services, imports, seeds, tests writing rows directly, a DBA's
-- UPDATE) counts in the same transaction, so the summary cannot drift from the tasks.
INSERT INTO "task_summary_state" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The bucket of one task as of a day: the SQL twin of lib/domain/warning.ts (red, yellow,
-- green; tests/integration/task-summary.test.ts holds them together), with closed tasks split
-- into 'on_time' (completed by the due date, in the app's zone) and 'done'.
CREATE FUNCTION task_summary_bucket(p_status task_status, p_due date, p_start date, p_published timestamptz, p_progress integer,
  p_completed timestamptz, p_as_of date, p_tz text, p_soon integer, p_behind integer) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_status = 'completed' THEN CASE WHEN p_due IS NOT NULL AND (p_completed AT TIME ZONE p_tz)::date <= p_due THEN 'on_time' ELSE 'done' END
    WHEN p_status = 'cancelled' THEN 'done'
    -- 结转 (ADR 014) closes a task: never overdue. Compared as text: the enum value is added
    -- by an earlier migration of the same run, and a new enum value cannot be used in it.
    WHEN p_status::text = 'carried_over' THEN 'done'
    WHEN p_status = 'draft' OR p_due IS NULL OR p_as_of IS NULL THEN 'green'
    WHEN p_due < p_as_of THEN 'red'
    WHEN p_due - p_as_of <= p_soon THEN 'yellow'
    WHEN coalesce(p_start, (p_published AT TIME ZONE p_tz)::date) IS NOT NULL
      AND p_due - coalesce(p_start, (p_published AT TIME ZONE p_tz)::date) > 0
      AND p_as_of - coalesce(p_start, (p_published AT TIME ZONE p_tz)::date) > 0
      AND (p_as_of - coalesce(p_start, (p_published AT TIME ZONE p_tz)::date)) * 100.0
        / (p_due - coalesce(p_start, (p_published AT TIME ZONE p_tz)::date)) - p_progress >= p_behind THEN 'yellow'
    ELSE 'green'
  END
$$;
--> statement-breakpoint
-- Every count the summary should hold, recounted from the tasks: the rebuild writes it, the
-- consistency check compares against it.
CREATE FUNCTION task_summary_recount() RETURNS TABLE (department_id uuid, role text, shard smallint, status task_status, bucket text, tasks integer, due_days bigint)
LANGUAGE sql STABLE AS $$
  WITH s AS (SELECT * FROM task_summary_state WHERE id = 1),
  b AS (
    SELECT t.id, t.status, coalesce(t.due_date - date '2000-01-01', 0)::bigint AS dd,
      task_summary_bucket(t.status, t.due_date, t.start_date, t.published_at, t.progress, t.completed_at,
        s.as_of, coalesce(s.time_zone, 'Asia/Shanghai'), s.due_soon_days, s.behind_points) AS bucket
    FROM tasks t LEFT JOIN s ON true
  )
  SELECT '00000000-0000-0000-0000-000000000000'::uuid, 'task', (abs(hashtext(b.id::text)) % 8)::smallint, b.status, b.bucket, count(*)::integer, sum(b.dd)::bigint
  FROM b GROUP BY 3, 4, 5
  UNION ALL
  SELECT td.department_id, td.role::text, 0::smallint, b.status, b.bucket, count(*)::integer, sum(b.dd)::bigint
  FROM b JOIN task_departments td ON td.task_id = b.id GROUP BY 1, 2, 4, 5
$$;
--> statement-breakpoint
CREATE FUNCTION task_summary_bucket_of(t tasks) RETURNS text
LANGUAGE sql STABLE AS $$
  -- Without a state row (a TRUNCATE of every table) open tasks count as green until the next roll.
  SELECT task_summary_bucket(t.status, t.due_date, t.start_date, t.published_at, t.progress, t.completed_at,
    s.as_of, coalesce(s.time_zone, 'Asia/Shanghai'), s.due_soon_days, s.behind_points)
  FROM (SELECT 1) one LEFT JOIN task_summary_state s ON s.id = 1
$$;
--> statement-breakpoint
-- Adds (sign 1) or removes (sign −1) one task's rows: its own, and one per department link
-- (all of them, or only p_department when given). Rows are taken in key order so that two
-- transactions touching the same rows lock them in the same order.
CREATE FUNCTION task_summary_count(t tasks, p_sign integer, p_department uuid, p_role text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  b text;
  dd bigint := coalesce(t.due_date - date '2000-01-01', 0);
BEGIN
  -- Writers share this lock; the roll takes it alone, so no write counts with yesterday's buckets into today's table.
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  b := task_summary_bucket_of(t);
  IF p_department IS NULL THEN
    INSERT INTO task_summary AS ts (department_id, role, shard, status, bucket, tasks, due_days)
    VALUES ('00000000-0000-0000-0000-000000000000', 'task', abs(hashtext(t.id::text)) % 8, t.status, b, p_sign, p_sign * dd)
    ON CONFLICT (department_id, role, shard, status, bucket) DO UPDATE SET tasks = ts.tasks + excluded.tasks, due_days = ts.due_days + excluded.due_days;
    INSERT INTO task_summary AS ts (department_id, role, shard, status, bucket, tasks, due_days)
    SELECT td.department_id, td.role::text, 0, t.status, b, p_sign, p_sign * dd FROM task_departments td WHERE td.task_id = t.id ORDER BY td.department_id
    ON CONFLICT (department_id, role, shard, status, bucket) DO UPDATE SET tasks = ts.tasks + excluded.tasks, due_days = ts.due_days + excluded.due_days;
  ELSE
    INSERT INTO task_summary AS ts (department_id, role, shard, status, bucket, tasks, due_days)
    VALUES (p_department, p_role, 0, t.status, b, p_sign, p_sign * dd)
    ON CONFLICT (department_id, role, shard, status, bucket) DO UPDATE SET tasks = ts.tasks + excluded.tasks, due_days = ts.due_days + excluded.due_days;
  END IF;
END;
$$;
--> statement-breakpoint
-- Bulk loads (the scale seed) switch the triggers off for their transaction with
-- set_config('dudao.task_summary', 'off', true) and rebuild at the end.
CREATE FUNCTION task_summary_on_task() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock_shared(17, 1);
  IF TG_OP = 'INSERT' THEN
    PERFORM task_summary_count(NEW, 1, NULL, NULL);
  ELSIF TG_OP = 'DELETE' THEN
    -- BEFORE DELETE: the department links are still there; their cascade then finds no task.
    PERFORM task_summary_count(OLD, -1, NULL, NULL);
    RETURN OLD;
  ELSE
    -- A progress report that leaves the bucket as it was touches no summary row (no queue behind other writers).
    IF OLD.status = NEW.status AND OLD.due_date IS NOT DISTINCT FROM NEW.due_date
      AND task_summary_bucket_of(OLD) = task_summary_bucket_of(NEW) THEN RETURN NULL; END IF;
    PERFORM task_summary_count(OLD, -1, NULL, NULL);
    PERFORM task_summary_count(NEW, 1, NULL, NULL);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION task_summary_on_link() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  t tasks;
BEGIN
  IF current_setting('dudao.task_summary', true) = 'off' THEN RETURN NULL; END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT * INTO t FROM tasks WHERE id = OLD.task_id;
    IF FOUND THEN PERFORM task_summary_count(t, -1, OLD.department_id, OLD.role::text); END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT * INTO t FROM tasks WHERE id = NEW.task_id;
    IF FOUND THEN PERFORM task_summary_count(t, 1, NEW.department_id, NEW.role::text); END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER task_summary_insert AFTER INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION task_summary_on_task();
--> statement-breakpoint
-- Only a change to what the buckets read can move a count.
CREATE TRIGGER task_summary_update AFTER UPDATE ON tasks FOR EACH ROW
  WHEN ((OLD.status, OLD.due_date, OLD.start_date, OLD.published_at, OLD.progress, OLD.completed_at)
    IS DISTINCT FROM (NEW.status, NEW.due_date, NEW.start_date, NEW.published_at, NEW.progress, NEW.completed_at))
  EXECUTE FUNCTION task_summary_on_task();
--> statement-breakpoint
CREATE TRIGGER task_summary_delete BEFORE DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION task_summary_on_task();
--> statement-breakpoint
-- Only the columns a count reads: the lists' due_order copy (migration 0018) moves no count.
CREATE TRIGGER task_summary_link AFTER INSERT OR UPDATE OF task_id, department_id, role OR DELETE ON task_departments
  FOR EACH ROW EXECUTE FUNCTION task_summary_on_link();
--> statement-breakpoint
-- The roll: recount everything as of a day and rules, alone (writers wait on the shared lock for the
-- second or so this takes at a million tasks). The midnight job calls it; so does the first read of a
-- new day, and the seeds after a bulk load.
CREATE FUNCTION task_summary_rebuild(p_as_of date, p_tz text, p_soon integer, p_behind integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(17, 1);
  INSERT INTO task_summary_state (id, as_of, time_zone, due_soon_days, behind_points) VALUES (1, p_as_of, p_tz, p_soon, p_behind)
  ON CONFLICT (id) DO UPDATE SET as_of = excluded.as_of, time_zone = excluded.time_zone, due_soon_days = excluded.due_soon_days, behind_points = excluded.behind_points;
  DELETE FROM task_summary;
  INSERT INTO task_summary SELECT * FROM task_summary_recount();
END;
$$;
