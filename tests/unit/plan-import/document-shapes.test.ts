import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { isChromeLine, isPageMarker } from "@/lib/domain/plan-import/chrome";
import { classifyLines } from "@/lib/domain/plan-import/classify-lines";
import { findWrapperEnd, takeTitleLines } from "@/lib/domain/plan-import/wrapper";
import { CORPUS_DEPARTMENTS, flatten } from "./fixtures";
import { findPartitionViolations } from "./line-partition";

describe("page markers and web chrome", () => {
  it.each(["- 2 -", "— 12 —", "第 3 页 共 9 页", "第3页", "3/9"])("%s is a page marker", (line) => {
    expect(isPageMarker(line)).toBe(true);
  });
  it.each(["发布日期:2023-01-18 来源:梁园区人民政府", "字体:[大 中 小]", "(字体:大 中 小)", "打印 分享", "仅展示628字", "浏览次数:628", "打印"])(
    "%s is chrome", (line) => expect(isChromeLine(line)).toBe(true),
  );
  it.each(["2022年3月21日", "一、总体要求", "打印机采购", "来源于群众", "分享经验做法。"])("%s is not chrome", (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe("the 印发通知 wrapper and the title", () => {
  const lines = classifyLines([
    "梁政办〔2022〕5号", "关于印发梁园区2022年工作要点的通知", "各乡镇人民政府：",
    "现将《梁园区2022年工作要点》印发给你们，请认真贯彻落实。", "梁园区人民政府办公室", "2022年3月15日",
    "梁园区2022年法治政府建设", "工作要点", "一、总体要求",
  ].join("\n"));

  it("ends after the notice's date and keeps it", () => {
    expect(findWrapperEnd(lines)).toEqual({ end: 6, date: "2022-03-15", dateIndex: 5 });
  });

  it("joins a title split before its end word, and only then", () => {
    expect(takeTitleLines(lines, 6).map((line) => line.text.raw)).toEqual(["梁园区2022年法治政府建设", "工作要点"]);
    const whole = classifyLines("梁园区2022年工作要点\n实施方案\n一、总体要求");
    expect(takeTitleLines(whole, 0)).toHaveLength(1);
  });

  it("is no wrapper without a notice body", () => {
    expect(findWrapperEnd(classifyLines("梁园区2022年工作要点\n一、总体要求"))).toBeNull();
  });
});

describe("numbering decided per document", () => {
  it("makes 1. under 一、 items when the document has no (一) level, and keeps them measures when it has one", () => {
    const flat = parsePlanDocument("一、任务\n1.甲。\n2.乙。");
    expect(flat.nodes[0]?.children.map((node) => node.kind)).toEqual(["item", "item"]);
    const nested = parsePlanDocument("一、任务\n(一)甲\n1.乙。\n二、保障\n1.丙。");
    expect(flatten(nested.nodes).filter((node) => node.code === "1.").map((node) => node.kind)).toEqual(["measure", "measure"]);
  });

  it("reads a section heading that holds a year", () => {
    const plan = parsePlanDocument("报告\n一、2020年推进法治政府建设的主要举措和成效\n(一)加强领导。");
    expect(plan.nodes.map((node) => [node.kind, node.title])).toEqual([["section", "2020年推进法治政府建设的主要举措和成效"]]);
  });

  it("splits a heading and its first item run together on one line", () => {
    const text = "报告\n二、下一步工作打算 1.持续推进示范创建。\n2.加强培训。";
    const plan = parsePlanDocument(text);
    expect(plan.nodes[0]?.title).toBe("下一步工作打算");
    expect(plan.nodes[0]?.children.map((node) => node.title)).toEqual(["持续推进示范创建", "加强培训"]);
    expect(findPartitionViolations(text, plan)).toEqual([]);
  });
});

describe("joint leads and rectification problems", () => {
  it("reads several 牵头单位 and a 按职责分工负责 tail as joint leads", () => {
    const plan = parsePlanDocument(
      "一、任务\n1.甲。（牵头单位：区司法局、区商务局）\n2.乙。（责任单位：区审计局、区商务局按职责分工分别负责）\n3.丙。（责任单位：区审计局、区商务局）",
      { departments: CORPUS_DEPARTMENTS },
    );
    const leads = plan.nodes[0]?.children.map((node) => node.leadDepartments.map((ref) => ref.id));
    expect(leads).toEqual([["d-sfj", "d-swj"], ["d-sjj", "d-swj"], ["d-sjj"]]);
    expect(plan.nodes[0]?.children[2]?.cooperatingDepartments.map((ref) => ref.id)).toEqual(["d-swj"]);
    expect(plan.nodes[0]?.children[0]?.leadDepartment?.id).toBe("d-sfj");
  });

  it("makes \"1.问题：…\" a problem with its 整改措施, 责任单位 and 整改时限", () => {
    const plan = parsePlanDocument("整改方案\n一、整改任务\n1.问题：公示不及时。\n整改措施：完善平台。\n责任单位：区司法局\n整改时限：2022年9月底前", {
      departments: CORPUS_DEPARTMENTS,
    });
    const problem = plan.nodes[0]?.children[0];
    expect(problem).toMatchObject({ kind: "problem", title: "公示不及时", body: "整改措施：完善平台。", dueDate: "2022-09-30" });
    expect(problem?.leadDepartment?.id).toBe("d-sfj");
  });
});
