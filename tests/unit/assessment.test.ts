import { describe, expect, it } from "vitest";
import { DEFAULT_ASSESSMENT_RULES, rankAssessments, scoreDepartment, type TAssessmentFact, ZAssessmentRulesSchema } from "@/lib/domain/assessment";

const task = (rule: "leadOverdue" | "cooperatingOverdue" | "onTimeCompletion", n: number): TAssessmentFact => ({ rule, taskId: `t${n}`, title: `任务${n}`, day: `2026-03-${String(n).padStart(2, "0")}` });
const notice = (rule: "circular" | "lateNoticeResponse", n: number): TAssessmentFact => ({ rule, noticeId: `n${n}`, title: `通知${n}`, day: `2026-04-${String(n).padStart(2, "0")}` });

describe("assessment scoring", () => {
  it("starts from the base with nothing recorded", () => {
    expect(scoreDepartment([], DEFAULT_ASSESSMENT_RULES)).toMatchObject({ score: 100, items: [] });
  });

  it("applies the default rules: −2 lead overdue, −1 cooperating, −5 circular, −1 late answer, +0.5 on time", () => {
    const result = scoreDepartment(
      [task("leadOverdue", 1), task("leadOverdue", 2), task("cooperatingOverdue", 3), notice("circular", 1), notice("lateNoticeResponse", 2), task("onTimeCompletion", 4), task("onTimeCompletion", 5)],
      DEFAULT_ASSESSMENT_RULES,
    );
    expect(result.score).toBe(100 - 4 - 1 - 5 - 1 + 1);
    expect(result.totals).toEqual({ leadOverdue: -4, cooperatingOverdue: -1, circular: -5, lateNoticeResponse: -1, onTimeCompletion: 1 });
    expect(result.items).toHaveLength(7);
    expect(result.items.find((i) => "noticeId" in i && i.noticeId === "n1")?.points).toBe(-5);
  });

  it("caps the on-time bonus and still lists every completion", () => {
    const facts = Array.from({ length: 25 }, (_, i) => task("onTimeCompletion", i + 1));
    const result = scoreDepartment(facts, DEFAULT_ASSESSMENT_RULES);
    expect(result.totals.onTimeCompletion).toBe(10);
    expect(result.score).toBe(110);
    expect(result.items).toHaveLength(25);
    expect(result.items.filter((i) => i.points === 0)).toHaveLength(5);
  });

  it("honours configured rules and refuses nonsense ones", () => {
    const rules = ZAssessmentRulesSchema.parse({ base: 60, leadOverdue: -3, onTimeCompletionCap: 1 });
    expect(scoreDepartment([task("leadOverdue", 1), task("onTimeCompletion", 2), task("onTimeCompletion", 3), task("onTimeCompletion", 4)], rules).score).toBe(60 - 3 + 1);
    expect(ZAssessmentRulesSchema.safeParse({ leadOverdue: 2 }).success).toBe(false);
    expect(ZAssessmentRulesSchema.safeParse({ paperwork: 1 }).success).toBe(false);
  });
});

describe("ranking", () => {
  it("ranks only departments that had something to judge; the rest are listed apart by name", () => {
    const rows = [
      { departmentName: "乙", score: 100, assessable: false },
      { departmentName: "丙", score: 96, assessable: true },
      { departmentName: "甲", score: 100, assessable: false },
      { departmentName: "丁", score: 99.5, assessable: true },
    ];
    expect(rankAssessments(rows).map((r) => [r.departmentName, r.rank])).toEqual([
      ["丁", 1],
      ["丙", 2],
      ["甲", null],
      ["乙", null],
    ]);
  });
});
