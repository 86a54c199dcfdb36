import { isUnfinished, overdueDays } from "./figures";
import type { TPlanYearSnapshot, TReportParagraph } from "./types";
import { chineseDay, nameList, ordinalClause, quotedList, shortTitle } from "./wording";

type TFinding = { id: string; taskIds: string[]; text: (ordinal: string) => string };

const unique = <T>(values: readonly T[]) => [...new Set(values)];
const leadsOf = (snapshot: TPlanYearSnapshot, ids: ReadonlySet<string>) =>
  unique(snapshot.tasks.filter((t) => ids.has(t.id) && t.leadDepartment).map((t) => t.leadDepartment!));

/** Each kind of shortfall the records show, in the order the seed's 一是/二是/三是 would name them. */
function findings(snapshot: TPlanYearSnapshot): TFinding[] {
  const { asOf } = snapshot;
  const out: TFinding[] = [];
  const overdue = snapshot.tasks
    .map((task) => ({ task, days: overdueDays(task, asOf) }))
    .filter((o) => o.days > 0)
    .sort((a, b) => b.days - a.days || a.task.title.localeCompare(b.task.title, "zh-CN") || a.task.id.localeCompare(b.task.id));
  if (overdue.length) {
    const ids = new Set(overdue.map((o) => o.task.id));
    const worst = overdue[0]!;
    out.push({
      id: "p:overdue",
      taskIds: [...ids],
      text: (n) =>
        `${n}部分任务未能按期完成。截至${chineseDay(asOf)}，有${overdue.length}项任务逾期未完成，涉及${nameList(leadsOf(snapshot, ids))}，其中“${shortTitle(worst.task.title)}”已逾期${worst.days}天。`,
    });
  }
  const unfinished = snapshot.tasks.filter((t) => isUnfinished(t) && overdueDays(t, asOf) === 0);
  if (unfinished.length) {
    const behind = unfinished.filter((t) => t.progress < 50);
    out.push({
      id: "p:unfinished",
      taskIds: unfinished.map((t) => t.id),
      text: (n) =>
        `${n}工作推进不够平衡。尚有${unfinished.length}项任务正在办理${behind.length ? `，其中${behind.length}项完成进度不足50%，如${quotedList(behind.map((t) => t.title), 2)}` : ""}，部门间进度存在差异。`,
    });
  }
  const returned = unique(snapshot.returns.map((r) => r.taskId));
  if (returned.length) {
    const rejects = unique(snapshot.returns.filter((r) => r.action === "reject").map((r) => r.taskId)).length;
    const declines = unique(snapshot.returns.filter((r) => r.action === "decline").map((r) => r.taskId)).length;
    const parts = [rejects ? `${rejects}项办结申请经审核退回整改` : "", declines ? `${declines}项任务被承办单位退回` : ""].filter(Boolean);
    out.push({
      id: "p:returned",
      taskIds: returned,
      text: (n) => `${n}部分工作质量有待提高。全年${parts.join("，")}，涉及${nameList(leadsOf(snapshot, new Set(returned)))}。`,
    });
  }
  const extended = unique(snapshot.extensions.map((e) => e.taskId));
  const isExtended = new Set(extended);
  if (extended.length) {
    out.push({
      id: "p:extended",
      taskIds: extended,
      text: (n) => `${n}工作计划性有待增强。全年有${extended.length}项任务申请延期并获批准，如${quotedList(snapshot.tasks.filter((t) => isExtended.has(t.id)).map((t) => t.title), 2)}。`,
    });
  }
  const circulars = snapshot.notices.filter((x) => x.kind === "circular");
  const interviews = snapshot.notices.filter((x) => x.kind === "interview");
  if (circulars.length || interviews.length) {
    const named = unique([...circulars, ...interviews].map((x) => x.departmentName).filter((d): d is string => !!d));
    const counts = [circulars.length ? `通报${circulars.length}次` : "", interviews.length ? `约谈${interviews.length}次` : ""].filter(Boolean).join("、");
    out.push({
      id: "p:notices",
      taskIds: unique([...circulars, ...interviews].flatMap((x) => x.taskIds)),
      text: (n) => `${n}责任落实仍需压实。全年对推进不力的工作${counts}${named.length ? `，涉及${nameList(named)}` : ""}。`,
    });
  }
  return out;
}

/** 二、存在的问题和不足: a lead-in, then one paragraph per finding (一是…, 二是…). */
export function problemParagraphs(snapshot: TPlanYearSnapshot): TReportParagraph[] {
  const { year } = snapshot.plan;
  const found = findings(snapshot);
  const out: TReportParagraph[] = [
    { id: "problems", kind: "heading1", text: "二、存在的问题和不足", taskIds: unique(found.flatMap((f) => f.taskIds)) },
  ];
  if (found.length === 0) {
    out.push({ id: "p:none", kind: "prompt", text: `【${year}年度任务均按期推进，记录中未见逾期、退回、延期或通报约谈，请作者结合实际补充存在的问题和不足】`, taskIds: [] });
    return out;
  }
  out.push({
    id: "p:lead",
    kind: "body",
    text: `${year}年，${snapshot.unitName}在法治政府建设方面做了一些工作，取得了一定成效，但对照上级要求，仍存在一些问题和不足：`,
    taskIds: [],
  });
  found.forEach((finding, index) => out.push({ id: finding.id, kind: "body", text: finding.text(ordinalClause(index)), taskIds: finding.taskIds }));
  return out;
}
