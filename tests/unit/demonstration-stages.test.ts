import { describe, expect, it } from "vitest";
import { DEMONSTRATION_STAGES, type TDemonstrationStage } from "@/lib/domain/codes";
import { currentStage, isStageLate, stageCompletion, stageDatesInOrder, stagePercent, type TStageState } from "@/lib/domain/demonstration";

const done = new Date("2030-01-01T00:00:00Z");
/** The five stages, the first `n` done, listed in a shuffled order to prove order comes from the rule. */
function track(n: number, only: readonly TDemonstrationStage[] = DEMONSTRATION_STAGES): TStageState[] {
  const all = DEMONSTRATION_STAGES.map((stage, i) => ({ stage, dueDate: `2030-0${i + 1}-28`, completedAt: i < n ? done : null }));
  return all.filter((s) => only.includes(s.stage)).reverse();
}

describe("示范创建 stage rule", () => {
  it("allows exactly the first open stage, refusing the later ones as out of order and the done ones as done", () => {
    for (let n = 0; n <= 5; n++) {
      for (const [i, stage] of DEMONSTRATION_STAGES.entries()) {
        const result = stageCompletion(track(n), stage);
        if (i === n) expect(result).toEqual({ allowed: true });
        else expect(result).toMatchObject({ allowed: false, reason: { code: i < n ? "CONFLICT" : "RULE", message: i < n ? "stageDone" : "stageOutOfOrder" } });
      }
    }
  });

  it("names the current stage (null once 命名 is done), treating a stage a carried track no longer has as done", () => {
    expect(currentStage(track(0))?.stage).toBe("declare");
    expect(currentStage(track(3))?.stage).toBe("field_assessment");
    expect(currentStage(track(5))).toBeNull();
    const carried = track(0, ["preliminary_review", "field_assessment", "naming"]);
    expect(currentStage(carried)?.stage).toBe("preliminary_review");
    expect(stageCompletion(carried, "preliminary_review").allowed).toBe(true);
    expect(stageCompletion(carried, "declare")).toMatchObject({ allowed: false, reason: { message: "stageUnknown" } });
  });

  it("gives each stage a fifth of the progress and is late only when open past its date", () => {
    expect(DEMONSTRATION_STAGES.map(stagePercent)).toEqual([20, 40, 60, 80, 100]);
    expect(isStageLate({ dueDate: "2030-03-31", completedAt: null }, "2030-04-01")).toBe(true);
    expect(isStageLate({ dueDate: "2030-03-31", completedAt: null }, "2030-03-31")).toBe(false);
    expect(isStageLate({ dueDate: "2030-03-31", completedAt: done }, "2030-04-01")).toBe(false);
    expect(isStageLate({ dueDate: null, completedAt: null }, "2030-04-01")).toBe(false);
    expect(isStageLate(null, "2030-04-01")).toBe(false);
  });

  it("wants stage dates that never run backwards, gaps allowed", () => {
    expect(stageDatesInOrder(["2030-03-01", null, "2030-03-01", undefined, "2030-12-31"])).toBe(true);
    expect(stageDatesInOrder(["2030-05-01", "", "2030-04-30"])).toBe(false);
    expect(stageDatesInOrder([])).toBe(true);
  });
});
