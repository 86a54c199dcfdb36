import { z } from "@/lib/validation/zod";
import { splitPoints, taskMultiplier, type TWeightedIndicator } from "./indicators/weights";

// 考核: a department's yearly score from its record. Points come only from
// results (deadlines kept or missed, circulars, late answers) — never from
// leader instructions or from the volume of reports and paperwork
// (the anti-formalism rules: 不以留痕多少论英雄).
export const ZAssessmentRulesSchema = z
  .object({
    base: z.number().default(100),
    leadOverdue: z.number().max(0).default(-2),
    cooperatingOverdue: z.number().max(0).default(-1),
    circular: z.number().max(0).default(-5),
    lateNoticeResponse: z.number().max(0).default(-1),
    onTimeCompletion: z.number().min(0).default(0.5),
    onTimeCompletionCap: z.number().min(0).default(10),
    /** Judge deadlines against the due date at publication ("original") or the one in force after extensions ("current"). */
    judgeAgainst: z.enum(["original", "current"]).default("original"),
  })
  .strict();
export type TAssessmentRules = z.output<typeof ZAssessmentRulesSchema>;
export const DEFAULT_ASSESSMENT_RULES: TAssessmentRules = ZAssessmentRulesSchema.parse({});

export const ASSESSMENT_RULE_KEYS = ["leadOverdue", "cooperatingOverdue", "circular", "lateNoticeResponse", "onTimeCompletion"] as const;
export type TAssessmentRuleKey = (typeof ASSESSMENT_RULE_KEYS)[number];

/** One thing that happened, as the rules see it. */
export type TAssessmentFact =
  | {
      rule: "leadOverdue" | "cooperatingOverdue" | "onTimeCompletion";
      taskId: string;
      title: string;
      day: string;
      /** 考核 by indicator (docs/decisions/015): the weighted indicators the task serves; absent when nothing is weighted. */
      indicators?: TWeightedIndicator[];
    }
  | { rule: "circular" | "lateNoticeResponse"; noticeId: string; title: string; day: string };

export type TIndicatorContribution = { code: string; name: string; points: number };
export type TAssessmentItem = TAssessmentFact & { points: number; contributions?: TIndicatorContribution[] };
export type TAssessmentScore = {
  score: number;
  items: TAssessmentItem[];
  totals: Record<TAssessmentRuleKey, number>;
  /** Points per indicator (only when tasks are weighted by indicator). */
  byIndicator?: TIndicatorContribution[];
};

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Ranks only the departments that had something to be judged on this year (a task due in
 * it, or a notice): a department with no task keeps the base score but is listed apart as
 * 无考核任务 — ranking it would put doing nothing above finishing the work.
 */
export function rankAssessments<T extends { score: number; departmentName: string; assessable: boolean }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const byName = (a: T, b: T) => a.departmentName.localeCompare(b.departmentName, "zh-CN");
  const ranked = rows.filter((r) => r.assessable).sort((a, b) => b.score - a.score || byName(a, b));
  const apart = rows.filter((r) => !r.assessable).sort(byName);
  return [...ranked.map((r, i) => ({ ...r, rank: i + 1 })), ...apart.map((r) => ({ ...r, rank: null }))];
}

/** Applies the rules to a department's facts; every point is one item linked to its cause. */
export function scoreDepartment(facts: readonly TAssessmentFact[], rules: TAssessmentRules): TAssessmentScore {
  const totals: Record<TAssessmentRuleKey, number> = { leadOverdue: 0, cooperatingOverdue: 0, circular: 0, lateNoticeResponse: 0, onTimeCompletion: 0 };
  const items: TAssessmentItem[] = [];
  let bonus = 0;
  const ordered = [...facts].sort((a, b) => a.day.localeCompare(b.day));
  const byIndicator = new Map<string, TIndicatorContribution>();
  for (const fact of ordered) {
    const indicators = "taskId" in fact ? fact.indicators : undefined;
    let points = rules[fact.rule] * (indicators ? taskMultiplier(indicators) : 1);
    if (fact.rule === "onTimeCompletion") {
      // The cap: once reached, further on-time completions are listed with 0 points.
      points = Math.max(0, Math.min(points, rules.onTimeCompletionCap - bonus));
      bonus += points;
    }
    totals[fact.rule] = round(totals[fact.rule] + points);
    if (!indicators) {
      items.push({ ...fact, points: round(points) });
      continue;
    }
    const contributions = splitPoints(round(points), indicators);
    for (const c of contributions) {
      const sum = byIndicator.get(c.code) ?? { code: c.code, name: c.name, points: 0 };
      byIndicator.set(c.code, { ...sum, points: round(sum.points + c.points) });
    }
    items.push({ ...fact, points: round(points), contributions });
  }
  const score = round(rules.base + Object.values(totals).reduce((a, b) => a + b, 0));
  if (byIndicator.size === 0) return { score, items, totals };
  return { score, items, totals, byIndicator: [...byIndicator.values()].sort((a, b) => a.code.localeCompare(b.code, "zh-CN", { numeric: true })) };
}

/**
 * The score of a department whose facts are all unweighted, from how many there are of
 * each rule: the same arithmetic as `scoreDepartment` step by step (each fact's points
 * rounded into its total, the on-time bonus clamped to what is left of the cap), so the
 * figures are equal to the items' without listing them.
 */
export function scoreCounts(counts: Readonly<Record<TAssessmentRuleKey, number>>, rules: TAssessmentRules): Omit<TAssessmentScore, "items" | "byIndicator"> {
  const totals: Record<TAssessmentRuleKey, number> = { leadOverdue: 0, cooperatingOverdue: 0, circular: 0, lateNoticeResponse: 0, onTimeCompletion: 0 };
  let bonus = 0;
  for (const rule of ASSESSMENT_RULE_KEYS) {
    for (let i = 0; i < counts[rule]; i++) {
      let points = rules[rule];
      if (rule === "onTimeCompletion") {
        points = Math.max(0, Math.min(points, rules.onTimeCompletionCap - bonus));
        if (points === 0) break; // the cap is reached: every further item adds 0
        bonus += points;
      }
      totals[rule] = round(totals[rule] + points);
    }
  }
  return { score: round(rules.base + Object.values(totals).reduce((a, b) => a + b, 0)), totals };
}
