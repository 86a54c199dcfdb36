import { describe, expect, it } from "vitest";
import { ASSESSMENT_RULE_KEYS, scoreCounts, scoreDepartment, type TAssessmentFact, type TAssessmentRuleKey, ZAssessmentRulesSchema } from "@/lib/domain/assessment";

// scoreCounts (ADR 021) scores from how many facts there are of each rule; it must give
// exactly what scoreDepartment gives from the facts themselves, rounding and cap included.
const factsOf = (counts: Record<TAssessmentRuleKey, number>): TAssessmentFact[] =>
  ASSESSMENT_RULE_KEYS.flatMap((rule) =>
    Array.from({ length: counts[rule] }, (_, i): TAssessmentFact =>
      rule === "circular" || rule === "lateNoticeResponse"
        ? { rule, noticeId: `${rule}${i}`, title: "", day: `2030-01-${String((i % 28) + 1).padStart(2, "0")}` }
        : { rule, taskId: `${rule}${i}`, title: "", day: `2030-02-${String((i % 28) + 1).padStart(2, "0")}` },
    ),
  );

describe("scores from counts", () => {
  const ruleSets = [
    ZAssessmentRulesSchema.parse({}),
    ZAssessmentRulesSchema.parse({ onTimeCompletion: 0.7, onTimeCompletionCap: 3, leadOverdue: -0.3, cooperatingOverdue: -1.15 }),
    ZAssessmentRulesSchema.parse({ onTimeCompletion: 0.333, onTimeCompletionCap: 2.5, circular: -0.1, lateNoticeResponse: -0.07 }),
    ZAssessmentRulesSchema.parse({ onTimeCompletion: 0 }),
  ];
  it("equal the item-by-item scores", () => {
    let seed = 7;
    const next = (max: number) => (seed = (seed * 48271) % 2147483647) % (max + 1);
    for (const rules of ruleSets) {
      for (let round = 0; round < 40; round++) {
        const counts = Object.fromEntries(ASSESSMENT_RULE_KEYS.map((key) => [key, next(round < 5 ? 0 : 60)])) as Record<TAssessmentRuleKey, number>;
        const { score, totals } = scoreDepartment(factsOf(counts), rules);
        expect(scoreCounts(counts, rules), JSON.stringify({ counts, rules })).toEqual({ score, totals });
      }
    }
  });
});
