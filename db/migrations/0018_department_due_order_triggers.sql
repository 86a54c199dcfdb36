-- task_departments.due_order is the task's coalesce(due_date, '9999-12-31'), the task
-- list's due order (db/queries/tasks/list-tasks.ts), kept by the database itself so that
-- no write path can forget it (ADR 016): a link takes its task's value when it is made,
-- and a task's links follow when its due date changes (an extension, an edit).
CREATE FUNCTION task_departments_set_due_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT coalesce(t.due_date, '9999-12-31'::date) INTO NEW.due_order FROM tasks t WHERE t.id = NEW.task_id;
  NEW.due_order := coalesce(NEW.due_order, '9999-12-31'::date);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_departments_due_order BEFORE INSERT OR UPDATE OF task_id ON task_departments
  FOR EACH ROW EXECUTE FUNCTION task_departments_set_due_order();
--> statement-breakpoint
CREATE FUNCTION tasks_copy_due_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE task_departments SET due_order = coalesce(NEW.due_date, '9999-12-31'::date) WHERE task_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tasks_due_order AFTER UPDATE OF due_date ON tasks
  FOR EACH ROW WHEN (OLD.due_date IS DISTINCT FROM NEW.due_date) EXECUTE FUNCTION tasks_copy_due_order();
--> statement-breakpoint
UPDATE task_departments td SET due_order = coalesce(t.due_date, '9999-12-31'::date)
  FROM tasks t WHERE t.id = td.task_id AND td.due_order IS DISTINCT FROM coalesce(t.due_date, '9999-12-31'::date);
