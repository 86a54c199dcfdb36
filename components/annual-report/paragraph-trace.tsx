import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TAnnualReportView } from "@/db/queries/annual-report/annual-report";

const SHOWN = 30;

/**
 * Where a paragraph came from: its task (hover shows the title, click opens it),
 * or for a paragraph drawn from many, a list that opens on click.
 */
export async function ParagraphTrace({ taskIds, tasks }: { taskIds: readonly string[]; tasks: TAnnualReportView["tasks"] }) {
  if (taskIds.length === 0) return null;
  const t = await getTranslations("report");
  if (taskIds.length === 1) {
    const task = tasks[taskIds[0]!];
    return (
      <Link href={`/tasks/${taskIds[0]}`} title={task?.title} className="no-print ml-1 align-super text-[10pt] text-primary hover:underline" data-trace>
        {t("traceOne")}
      </Link>
    );
  }
  return (
    <details className="no-print indent-0 text-[10.5pt] leading-6" data-trace>
      <summary className="cursor-pointer text-primary">{t("traceMany", { n: taskIds.length })}</summary>
      <ul className="ml-[2em] list-disc">
        {taskIds.slice(0, SHOWN).map((id) => (
          <li key={id}>
            <Link href={`/tasks/${id}`} className="hover:underline">
              {tasks[id]?.title ?? id}
            </Link>
            {tasks[id]?.leadDepartment ? <span className="text-muted-foreground">（{tasks[id]!.leadDepartment}）</span> : null}
          </li>
        ))}
        {taskIds.length > SHOWN ? <li className="list-none text-muted-foreground">{t("traceMore", { n: taskIds.length - SHOWN })}</li> : null}
      </ul>
    </details>
  );
}
