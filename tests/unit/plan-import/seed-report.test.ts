import { describe, expect, it } from "vitest";
import { ZParsedPlanSchema, parsePlanDocument } from "@/lib/domain/plan-import";
import { findByCode, flatten, readFixture } from "./fixtures";
import { findPartitionViolations } from "./line-partition";

const text = readFixture("liangyuan-2021-report.txt");
const plan = parsePlanDocument(text);
const [firstGroup, secondGroup] = plan.nodes.filter((node) => node.kind === "group");
const sections = plan.nodes.filter((node) => node.kind === "section");

describe("the seed report (梁园区 2021 法治政府建设情况的报告)", () => {
  it("is a valid API response", () => {
    expect(ZParsedPlanSchema.parse(plan)).toEqual(plan);
  });

  it("reads title, preamble and signature date", () => {
    expect(plan.title).toBe("梁园区关于2021年度法治政府建设情况的报告");
    expect(plan.preamble).toMatch(/^2021年,在市委市政府的正确领导下.*现报告如下:$/);
    expect(plan.date).toBe("2022-03-21");
  });

  it("has 10 sections holding 26 items, numbered (一) to (二十六)", () => {
    expect(sections).toHaveLength(10);
    const items = sections.flatMap((section) => section.children.filter((child) => child.kind === "item"));
    expect(items).toHaveLength(26);
    expect(items[0]?.code).toBe("(一)");
    expect(items[25]?.code).toBe("(二十六)");
    expect(sections[1]?.children.map((item) => item.code)).toEqual(["(九)"]);
  });

  it("gives the shortcomings paragraph exactly 3 problems under a 存在问题 group", () => {
    expect(firstGroup?.title).toBe("存在问题");
    expect(firstGroup?.lines).toEqual([39, 39]);
    expect(firstGroup?.children.map((problem) => problem.kind)).toEqual(["problem", "problem", "problem"]);
    expect(firstGroup?.children[1]?.title).toBe("法治政府建设运行机制有待进一步健全完善,工作落实、推进和成效不平衡,部门间不同程度上存在差异");
    expect(flatten(plan.nodes).filter((node) => node.kind === "problem")).toHaveLength(3);
  });

  it("starts a second group for the restarted 2022 items, titled from the year's closing sentence", () => {
    expect(secondGroup?.title).toBe("2022年工作措施");
    expect(secondGroup?.body).toMatch(/^2022年,我区将聚焦短板弱项/);
    expect(secondGroup?.children.map((item) => [item.kind, item.code, item.title])).toEqual([
      ["item", "(一)", "提高政治站位"],
      ["item", "(二)", "加强培训学习"],
      ["item", "(三)", "推进行政执法规范化"],
      ["item", "(四)", "发挥示范带动作用"],
    ]);
    expect(secondGroup?.lines).toEqual([40, 43]);
    // The closing sentence moved to the new group; the problems group keeps only the intro.
    expect(firstGroup?.body).toMatch(/还有待进一步改进和提高。$/);
  });

  it("splits 一是/二是 inside items into measures", () => {
    const fifth = findByCode(plan.nodes, "(五)");
    expect(fifth.title).toBe("规范行政权力运行");
    expect(fifth.children.map((measure) => [measure.kind, measure.code, measure.title])).toEqual([
      ["measure", "一是", "全面落实政府权责清单制度"],
      ["measure", "二是", "全面落实市场准入负面清单制度"],
    ]);
    const eighth = findByCode(plan.nodes, "(八)");
    expect(eighth.children.map((measure) => measure.title)).toEqual(["加强生态修复", "深化污染防治", "推动绿色发展"]);
    expect(eighth.body).toBe("坚持以“双碳”目标为牵引,坚定走生态优先、绿色发展之路。");
  });

  it("takes an item's first sentence as its title and the rest as its body", () => {
    const first = findByCode(plan.nodes, "(一)");
    expect(first.title).toBe("为推动经济高质量发展提供法治保障");
    expect(first.body).toMatch(/^围绕商丘区域中心城市建设/);
    expect(sections[0]?.title).toBe("依法全面履行政府职能");
  });

  it("offers numbers with units as indicators", () => {
    const seventeenth = findByCode(plan.nodes, "(十七)");
    expect(seventeenth.indicators).toContainEqual(expect.objectContaining({ value: 97, unit: "件", name: "受理政府行政诉讼案件" }));
    expect(seventeenth.indicators).toContainEqual(expect.objectContaining({ value: 100, unit: "%" }));
    const third = findByCode(plan.nodes, "(三)");
    expect(third.indicators).toContainEqual({
      name: "上报“双公示”信用信息记录",
      value: 19904,
      unit: "条",
      text: "累计向省、市信用信息平台上报“双公示”信用信息记录19904条",
    });
    const fourth = findByCode(plan.nodes, "(四)");
    expect(fourth.indicators).toContainEqual(expect.objectContaining({ value: 5630, unit: "万余条" }));
    expect(fourth.indicators).toContainEqual(expect.objectContaining({ value: 5443.43, unit: "万条" }));
  });

  it("never reads ordinals, dates or years as indicators", () => {
    const values = flatten(plan.nodes).flatMap((node) => node.indicators.map((indicator) => indicator.value));
    expect(values).not.toContain(83);
    expect(values).not.toContain(2021);
    expect(findByCode(plan.nodes, "(二十四)").indicators).toEqual([]);
  });

  it("lists the 4 login-box lines as unparsed", () => {
    expect(plan.unparsed).toEqual([
      { line: 45, text: "账号+密码登录" },
      { line: 46, text: "手机+密码登录" },
      { line: 47, text: "还没有账号?" },
      { line: 48, text: "立即注册" },
    ]);
  });

  it("accounts for every non-blank line exactly once", () => {
    expect(findPartitionViolations(text, plan)).toEqual([]);
  });

  it("gives the same result with Windows line ends", () => {
    expect(parsePlanDocument(text.replace(/\n/g, "\r\n"))).toEqual(plan);
  });
});
