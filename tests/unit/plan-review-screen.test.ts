import { describe, expect, it } from "vitest";
import { initialReviewScreen, reviewScreenReducer, type TReviewScreenAction } from "@/lib/domain/plan-review/review-screen";

const start = initialReviewScreen({ title: "梁".repeat(250), year: 2023 });
const run = (...actions: TReviewScreenAction[]) => actions.reduce(reviewScreenReducer, start);

describe("the review screen's state", () => {
  it("starts with the parsed title cut to 200 characters and the year as typed text", () => {
    expect(start.title).toHaveLength(200);
    expect(start.year).toBe("2023");
    expect([start.selected.size, start.collapsed.size, start.pending, start.dialog]).toEqual([0, 0, false, null]);
  });

  it("toggles selection and folding, and a dropped node leaves the selection", () => {
    const state = run({ type: "toggleSelected", id: "a" }, { type: "toggleSelected", id: "b" }, { type: "toggleSelected", id: "a" });
    expect([...state.selected]).toEqual(["b"]);
    expect([...reviewScreenReducer(state, { type: "dropped", id: "b" }).selected]).toEqual([]);
    expect(reviewScreenReducer(state, { type: "dropped", id: "z" })).toBe(state);
    expect([...run({ type: "toggleCollapsed", id: "a" }).collapsed]).toEqual(["a"]);
  });

  it("unfolds the tree when a refusal names nodes, and keeps folds when it names only the plan", () => {
    const folded = run({ type: "collapse", ids: new Set(["a", "b"]) }, { type: "submitStarted" });
    expect(folded.pending).toBe(true);
    const onNode = reviewScreenReducer(folded, { type: "refused", errors: [{ nodeId: "a", field: "title", message: "required" }], failure: "请修改" });
    expect([onNode.collapsed.size, onNode.pending, onNode.failure]).toEqual([0, false, "请修改"]);
    const onPlan = reviewScreenReducer(folded, { type: "refused", errors: [{ nodeId: "", field: "year", message: "tooSmall" }], failure: null });
    expect(onPlan.collapsed.size).toBe(2);
  });

  it("clears old errors when a new request starts, and remembers added lines and the open dialog", () => {
    const refused = run({ type: "refused", errors: [{ nodeId: "a", field: "title", message: "required" }], failure: "x" });
    expect(reviewScreenReducer(refused, { type: "submitStarted" })).toMatchObject({ errors: [], failure: null, pending: true });
    const state = run({ type: "lineAdded", line: 7 }, { type: "openDialog", dialog: { type: "split", id: "a" } });
    expect([...state.addedLines]).toEqual([7]);
    expect(reviewScreenReducer(state, { type: "closeDialog" }).dialog).toBeNull();
  });

  it("pending tag suggestions hold 创建 back: the way to the first one unfolds, and a new request clears the notice", () => {
    const folded = run({ type: "collapse", ids: new Set(["a", "b", "c"]) });
    expect(folded.suggestionsBlocked).toBe(false);
    const blocked = reviewScreenReducer(folded, { type: "blockedBySuggestions", reveal: ["a", "b"] });
    expect([blocked.suggestionsBlocked, [...blocked.collapsed], blocked.pending]).toEqual([true, ["c"], false]);
    expect(reviewScreenReducer(blocked, { type: "submitStarted" }).suggestionsBlocked).toBe(false);
    // A jump without pressing 创建 unfolds without the notice; nothing to unfold keeps the state.
    const revealed = reviewScreenReducer(folded, { type: "reveal", ids: ["c"] });
    expect([revealed.suggestionsBlocked, [...revealed.collapsed]]).toEqual([false, ["a", "b"]]);
    expect(reviewScreenReducer(revealed, { type: "reveal", ids: ["c", "z"] })).toBe(revealed);
  });
});
