import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";

const departments = [
  { id: "a", name: "县司法局" },
  { id: "b", name: "县市场监督管理局" },
];
const item = (text: string) => parsePlanDocument(text, { departments, year: 2023 }).nodes[0]!.children[0]!;

describe("annotation lines after numbered measures", () => {
  it("belong to the item when they close the list", () => {
    const node = item(["一、优化营商环境", "（一）清理政策措施", "1.开展专项整治。", "2.清理妨碍公平竞争的措施。", "（牵头单位：县市场监督管理局；完成时限：6月底前）"].join("\n"));
    expect(node.leadDepartment).toMatchObject({ id: "b", name: "县市场监督管理局" });
    expect(node.dueDate).toBe("2023-06-30");
    expect(node.children.map((c) => c.leadDepartment)).toEqual([null, null]);
  });

  it("stay with each measure when the measures are annotated one by one", () => {
    const node = item(
      [
        "一、优化营商环境",
        "（一）清理政策措施",
        "1.开展专项整治。",
        "（牵头单位：县司法局；完成时限：3月底前）",
        "2.清理妨碍公平竞争的措施。",
        "（牵头单位：县市场监督管理局；完成时限：6月底前）",
      ].join("\n"),
    );
    expect(node.leadDepartment).toBeNull();
    expect(node.children.map((c) => [c.leadDepartment?.id, c.dueDate])).toEqual([
      ["a", "2023-03-31"],
      ["b", "2023-06-30"],
    ]);
  });

  it("stay with a single measure", () => {
    const node = item(["一、优化营商环境", "（一）清理政策措施", "1.开展专项整治。", "牵头单位：县司法局"].join("\n"));
    expect(node.children[0]!.leadDepartment?.id).toBe("a");
  });
});
