import { DEMONSTRATION_STAGES, type TDemonstrationStage } from "./codes";
import { firstRefusal, refuse, type TCapability } from "./capabilities/refusal";

// 示范创建 (ADR 020): a demonstration project walks five stages in a fixed order, each a
// milestone of its task; a stage is reached only once every stage before it is done.

/** The milestone titles a new track gets (data, like the documents' own wording). */
export const STAGE_TITLES = {
  declare: "申报",
  self_assess: "自评",
  preliminary_review: "初审",
  field_assessment: "实地评估",
  naming: "命名",
} as const satisfies Record<TDemonstrationStage, string>;

export type TStageState = { stage: TDemonstrationStage; dueDate: string | null; completedAt: Date | null };

const orderOf = (stage: TDemonstrationStage) => DEMONSTRATION_STAGES.indexOf(stage);

/** The stages in their order, whatever order they were read in. */
export function sortStages<T extends Pick<TStageState, "stage">>(stages: readonly T[]): T[] {
  return [...stages].sort((a, b) => orderOf(a.stage) - orderOf(b.stage));
}

/**
 * The stage being worked on: the first one not done. A track carried into a new year
 * (ADR 014) keeps only its open stages, so a missing earlier stage counts as done.
 * Null once 命名 is done.
 */
export function currentStage<T extends TStageState>(stages: readonly T[]): T | null {
  return sortStages(stages).find((s) => !s.completedAt) ?? null;
}

/** Whether `stage` may be completed now: it exists, is open, and every stage before it is done. */
export function stageCompletion(stages: readonly TStageState[], stage: TDemonstrationStage): TCapability {
  const target = stages.find((s) => s.stage === stage);
  const earlierOpen = stages.some((s) => orderOf(s.stage) < orderOf(stage) && !s.completedAt);
  return firstRefusal(
    !target && refuse("RULE", "stageUnknown"),
    !!target?.completedAt && refuse("CONFLICT", "stageDone"),
    earlierOpen && refuse("RULE", "stageOutOfOrder"),
  );
}

/** The progress a completed stage stands for: a fifth per stage, 命名 is 100 %. */
export function stagePercent(stage: TDemonstrationStage): number {
  return ((orderOf(stage) + 1) * 100) / DEMONSTRATION_STAGES.length;
}

/** Late: the stage is open and its date has passed (dates are YYYY-MM-DD in APP_TIMEZONE). */
export function isStageLate(stage: Pick<TStageState, "dueDate" | "completedAt"> | null, today: string): boolean {
  return !!stage && !stage.completedAt && !!stage.dueDate && stage.dueDate < today;
}

/** Stage due dates must not run backwards: each one on or after the one before it. */
export function stageDatesInOrder(dates: readonly (string | null | undefined)[]): boolean {
  const given = dates.filter((d): d is string => !!d);
  return given.every((d, i) => i === 0 || d >= given[i - 1]!);
}
