import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { formatDay } from "@/lib/format";

/**
 * 结转 on a task's timeline, both ways: the old task names its successor (and the new due
 * date), the successor names the task it carries on (and that task's due date, kept there).
 */
export async function CarriedLine(props: { taskId: string; title: string | null; dueDate: string | null; kind: "from" | "to"; locale: string; actorName?: string | null }) {
  const t = await getTranslations("rollover");
  const date = props.dueDate ? formatDay(props.dueDate, props.locale) : null;
  return (
    <p className="mt-0.5" data-testid={`carried-${props.kind}`}>
      {props.kind === "to" ? (
        <>
          <span className="font-medium">{props.actorName ?? t("system")}</span> {t("timelineTo")}{" "}
          <Link className="text-primary underline underline-offset-2" href={`/tasks/${props.taskId}`}>
            {t("successor")}
          </Link>
          {date ? <span className="text-muted-foreground">（{t("newDue", { date })}）</span> : null}
        </>
      ) : (
        <>
          {t("timelineFrom")}{" "}
          <Link className="text-primary underline underline-offset-2" href={`/tasks/${props.taskId}`}>
            {props.title}
          </Link>
          {date ? <span className="text-muted-foreground">（{t("originalDue", { date })}）</span> : null}
        </>
      )}
    </p>
  );
}
