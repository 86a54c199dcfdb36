import { type SQL, sql } from "drizzle-orm";
import { tasks } from "@/db/schema";
import type { TWarning, TWarningPolicy } from "@/lib/domain/warning";

// The SQL twin of lib/domain/warning.ts, for filtering and counting in the
// database (a list cannot page through rows classified in JavaScript).
// tests/integration/warning-sql.test.ts checks that the two always agree.

const OPEN = sql`${tasks.status} in ('assigned', 'in_progress', 'submitted')`;

/** The day work started: the start date, else the publication day in the app's time zone. */
export function startDaySql(timeZone: string): SQL {
  return sql`coalesce(${tasks.startDate}, (${tasks.publishedAt} at time zone ${timeZone})::date)`;
}

function behindScheduleSql(today: string, timeZone: string, policy: TWarningPolicy): SQL {
  const start = startDaySql(timeZone);
  return sql`(${tasks.dueDate} - ${start} > 0 and ${today}::date - ${start} > 0
    and (${today}::date - ${start}) * 100.0 / (${tasks.dueDate} - ${start}) - ${tasks.progress} >= ${policy.behindPoints})`;
}

export function warningConditionSql(warning: TWarning, today: string, timeZone: string, policy: TWarningPolicy): SQL {
  const red = sql`(${OPEN} and ${tasks.dueDate} < ${today}::date)`;
  const yellow = sql`(${OPEN} and ${tasks.dueDate} >= ${today}::date and (${tasks.dueDate} - ${today}::date <= ${policy.dueSoonDays} or coalesce(${behindScheduleSql(today, timeZone, policy)}, false)))`;
  switch (warning) {
    case "done":
      return sql`${tasks.status} in ('completed', 'cancelled', 'carried_over')`;
    case "red":
      return red;
    case "yellow":
      return yellow;
    case "green":
      return sql`(${tasks.status} not in ('completed', 'cancelled', 'carried_over') and not coalesce(${red}, false) and not coalesce(${yellow}, false))`;
  }
}

/** Overdue: open and due before today (a task due today is not overdue). */
export function overdueConditionSql(today: string): SQL {
  return sql`(${OPEN} and ${tasks.dueDate} < ${today}::date)`;
}
