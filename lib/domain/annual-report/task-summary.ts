import { isCompletedOnTime } from "./figures";
import type { TSnapshotIndicator, TSnapshotProgress, TSnapshotTask } from "./types";
import { chineseDay, plainNumber, sentence } from "./wording";

/** The bracketed prompt left for the author where the records say nothing. */
export const NO_CONTENT_PROMPT = "【请补充该项工作的具体举措和成效】";

function indicatorClause(indicator: TSnapshotIndicator): string {
  const unit = indicator.unit;
  const target = indicator.target === null ? null : `${plainNumber(indicator.target)}${unit}`;
  const actual = indicator.actual === null ? "实际完成情况待填报" : `实际完成${plainNumber(indicator.actual)}${unit}`;
  return target ? `${indicator.name}目标${target}，${actual}` : `${indicator.name}${actual}`;
}

/** Target against actual, with units: “调解成功率目标95%，实际完成97%”. */
export function indicatorSentence(indicators: readonly TSnapshotIndicator[]): string {
  return indicators.length === 0 ? "" : sentence(indicators.map(indicatorClause).join("；"));
}

/**
 * One work item in one or two sentences: who led it and where it stands,
 * then its completion note (or its last progress note), then its indicators.
 * With nothing written about it, a prompt for the author instead of content.
 */
export function taskSummary(task: TSnapshotTask, progress: readonly TSnapshotProgress[], indicators: readonly TSnapshotIndicator[]): string {
  const who = task.leadDepartment ? `${task.leadDepartment}牵头` : "";
  let status: string;
  let note: string | null;
  if (task.status === "completed") {
    const when = task.completedDay ? `于${chineseDay(task.completedDay)}办结` : "已办结";
    status = `${when}${isCompletedOnTime(task) ? "" : "（超出原定时限）"}`;
    note = task.completionNote?.trim() || progress[0]?.note.trim() || null;
  } else {
    status = task.progress > 0 ? `正在推进，完成进度${task.progress}%` : "正在推进";
    if (task.status === "carried_over") status = `${status}，已结转下一年度`;
    note = progress[0]?.note.trim() || null;
  }
  // Built here, so it always ends in 。 (sentence() leaves a closing bracket alone).
  const lead = `${who}${who ? "，" : ""}推进“${task.title}”，${status}。`;
  const facts = `${note ? sentence(note) : ""}${indicatorSentence(indicators)}`;
  return `${lead}${facts || NO_CONTENT_PROMPT}`;
}
