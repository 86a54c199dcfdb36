import { isUnfinished } from "./figures";
import { partsOf } from "./measures";
import type { TPlanYearSnapshot, TReportParagraph } from "./types";
import { chineseNumber, ordinalClause, quotedList } from "./wording";

const stripEnd = (text: string) => text.trim().replace(/[。，,；;：:、]+$/u, "");

/**
 * 三、〈下一年〉工作打算: the unfinished tasks to carry over (one paragraph per plan
 * part that has any), then next year's plan when it has been imported.
 */
export function nextYearParagraphs(snapshot: TPlanYearSnapshot): TReportParagraph[] {
  const next = snapshot.plan.year + 1;
  const carried = snapshot.tasks.filter(isUnfinished);
  const out: TReportParagraph[] = [{ id: "next", kind: "heading1", text: `三、${next}年工作打算`, taskIds: carried.map((t) => t.id) }];
  let part = 0;
  if (carried.length) {
    part += 1;
    out.push({
      id: "n:carry",
      kind: "heading2",
      text: `（${chineseNumber(part)}）抓好未完成任务的结转落实`,
      taskIds: carried.map((t) => t.id),
    });
    out.push({
      id: "n:carry:lead",
      kind: "body",
      text: `对${snapshot.plan.year}年度尚未完成的${carried.length}项任务，逐项明确责任单位和完成时限，结转至${next}年继续推进，确保事事有着落、件件有回音。`,
      taskIds: carried.map((t) => t.id),
    });
    const { parts, rectification } = partsOf(snapshot);
    const groups = [...parts.map((p) => ({ key: p.goal?.id ?? "other", title: p.goal ? stripEnd(p.goal.title) : "其他工作", tasks: p.tasks })), { key: "rectification", title: "上年度存在问题整改", tasks: rectification }];
    for (const group of groups) {
      const open = group.tasks.filter(isUnfinished);
      if (open.length === 0) continue;
      out.push({ id: `n:carry:${group.key}`, kind: "body", text: `在${group.title}方面，继续推进${quotedList(open.map((t) => t.title))}。`, taskIds: open.map((t) => t.id) });
    }
  }
  part += 1;
  if (snapshot.nextPlan) {
    const sections = snapshot.nextPlan.sections.map(stripEnd).filter(Boolean);
    out.push({ id: "n:plan", kind: "heading2", text: `（${chineseNumber(part)}）全面落实${next}年度工作安排`, taskIds: [] });
    out.push({
      id: "n:plan:body",
      kind: sections.length ? "body" : "prompt",
      text: sections.length
        ? `按照《${snapshot.nextPlan.title}》部署，${sections.map((s, i) => `${ordinalClause(i)}${s}`).join("；")}。`
        : `【《${snapshot.nextPlan.title}》尚无条目，请补充${next}年度重点工作】`,
      taskIds: [],
    });
  } else {
    out.push({ id: "n:plan", kind: "heading2", text: `（${chineseNumber(part)}）谋划${next}年度重点工作`, taskIds: [] });
    out.push({ id: "n:plan:body", kind: "prompt", text: `【${next}年度工作安排尚未导入，请补充下一年度工作打算】`, taskIds: [] });
  }
  return out;
}
