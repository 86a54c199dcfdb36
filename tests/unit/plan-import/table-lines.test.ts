import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { tableToLines } from "@/lib/domain/plan-import/table-lines";
import { CORPUS_DEPARTMENTS } from "./fixtures";

describe("Word tables as lines", () => {
  it("turns a task table into numbered items with their annotations, and a merged category column into sections", () => {
    const lines = tableToLines([
      ["类别", "序号", "工作任务", "牵头单位", "责任单位", "完成时限", "备注"],
      ["依法决策", "1", "落实重大行政决策程序", "区政府办", "区直各单位", "2023年6月底前", ""],
      ["依法决策", "2", "推行法律顾问制度", "区司法局", "", "长期坚持", "已启动"],
      ["严格执法", "3", "推行执法三项制度", "区司法局、区市场监管局", "", "年底前", ""],
    ]);
    expect(lines).toEqual([
      "（一）依法决策",
      "1.落实重大行政决策程序（牵头单位：区政府办；责任单位：区直各单位；完成时限：2023年6月底前）",
      "2.推行法律顾问制度（牵头单位：区司法局；完成时限：长期坚持）",
      "备注：已启动",
      "（二）严格执法",
      "3.推行执法三项制度（牵头单位：区司法局、区市场监管局；完成时限：年底前）",
    ]);
    const plan = parsePlanDocument(["任务分工", "一、重点任务", ...lines].join("\n"), { departments: CORPUS_DEPARTMENTS, year: 2023 });
    const categories = plan.nodes[0]?.children ?? [];
    expect(categories.map((node) => [node.kind, node.title])).toEqual([["item", "依法决策"], ["item", "严格执法"]]);
    expect(categories[1]?.children[0]).toMatchObject({ kind: "measure", dueDate: "2023-12-31" });
    expect(categories[1]?.children[0]?.leadDepartments.map((ref) => ref.id)).toEqual(["d-sfj", "d-scj"]);
  });

  it("turns a rectification table into problems with 整改措施, 责任单位 and 整改时限", () => {
    const lines = tableToLines([
      ["序号", "存在问题", "整改措施", "责任单位", "整改时限"],
      ["1", "执法公示不及时", "完善公示平台", "区司法局", "2023年3月底前"],
    ]);
    expect(lines).toEqual(["1.问题：执法公示不及时", "整改措施：完善公示平台", "（责任单位：区司法局；完成时限：2023年3月底前）"]);
    const plan = parsePlanDocument(["整改台账", ...lines].join("\n"), { departments: CORPUS_DEPARTMENTS });
    expect(plan.nodes[0]).toMatchObject({ kind: "problem", title: "执法公示不及时", body: "整改措施：完善公示平台", dueDate: "2023-03-31" });
  });

  it("keeps any other table row by row", () => {
    expect(tableToLines([["姓名", "职务"], ["张三", "局长"], ["", ""]])).toEqual(["姓名　职务", "张三　局长"]);
  });
});
