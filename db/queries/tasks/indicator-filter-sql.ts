import { type SQL, sql } from "drizzle-orm";
import { frameworkIndicators, indicatorFrameworks, taskIndicatorTags, tasks } from "@/db/schema";
import { CODE_QUALIFIER, normalizeCode } from "@/lib/domain/indicator-tags/codes";

/**
 * `?indicator=CODE`: tasks tagged with the indicator or any indicator under it
 * (1211:A finds the tasks of A1 and A2: a task serving a lever serves its heading).
 * A qualified code names one indicator; a bare code matches it in every framework
 * that has it; an unknown code matches nothing.
 */
export function indicatorConditionSql(written: string): SQL {
  const code = normalizeCode(written);
  const at = code.indexOf(CODE_QUALIFIER);
  const framework = at >= 0 ? code.slice(0, at) : null;
  const own = at >= 0 ? code.slice(at + 1) : code;
  const frameworkMatch = framework === null ? sql`true` : sql`f.code = ${framework}`;
  return sql`${tasks.id} in (
    with recursive picked as (
      select fi.id from ${frameworkIndicators} fi
        join ${indicatorFrameworks} f on f.id = fi.framework_id
        where fi.code = ${own} and ${frameworkMatch}
      union
      select c.id from ${frameworkIndicators} c join picked p on c.parent_id = p.id
    )
    select tt.task_id from ${taskIndicatorTags} tt where tt.indicator_id in (select id from picked))`;
}
