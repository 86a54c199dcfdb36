import { describe, expect, it } from "vitest";
import { ZParsedPlanSchema, parsePlanDocument } from "@/lib/domain/plan-import";
import { DEMO_DEPARTMENTS, findByCode, readFixture } from "./fixtures";
import { findPartitionViolations } from "./line-partition";

const text = readFixture("plan-import/work-plan-2022.txt");
const plan = parsePlanDocument(text, { departments: DEMO_DEPARTMENTS });
const node = (code: string) => findByCode(plan.nodes, code);

describe("a 工作要点 with annotations", () => {
  it("is a valid API response that accounts for every line", () => {
    expect(ZParsedPlanSchema.parse(plan)).toEqual(plan);
    expect(findPartitionViolations(text, plan)).toEqual([]);
  });

  it("reads the frame: indented preamble, 二〇二二年三月二十一日, organisation above the date", () => {
    expect(plan.title).toBe("梁园区2022年法治政府建设工作要点");
    expect(plan.preamble).toBe("为深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，结合我区实际，制定本工作要点。");
    expect(plan.date).toBe("2022-03-21");
    expect(plan.unparsed).toEqual([{ line: 26, text: "梁园区人民政府" }]);
  });

  it("keeps the author's full-width characters in codes, titles and bodies", () => {
    expect(node("（一）").body).toBe("把习近平法治思想作为党委（党组）理论学习中心组学习重点内容。");
    expect(node("(四)").body).toBe("持续推进“一网通办”，政务服务事项网上可办率达到95%以上。");
  });

  it("removes an inline annotation and reads lead, cooperating and 长期坚持 (no date)", () => {
    const first = node("（一）");
    expect(first.title).toBe("深入学习贯彻习近平法治思想");
    expect(first.leadDepartment).toMatchObject({ id: null, name: "区委依法治区办" });
    expect(first.cooperatingDepartments).toMatchObject([{ id: null, name: "区直各单位" }]);
    expect(first.dueDate).toBeNull();
  });

  it("reads an annotation on a line of its own, matching names through prefixes and abbreviations", () => {
    const second = node("（二）");
    expect(second.lines).toEqual([5, 6]);
    expect(second.body).toBe("区政府主要负责人每年听取法治政府建设工作汇报不少于2次。");
    expect(second.leadDepartment).toMatchObject({ id: "d-sfj", name: "梁园区司法局" });
    expect(second.cooperatingDepartments).toMatchObject([
      { id: "d-zfb", name: "梁园区人民政府办公室" },
      { id: "d-rsj", name: "梁园区人力资源和社会保障局" },
    ]);
    expect(second.dueDate).toBe("2022-06-30");
  });

  it("reads a heading without full stop, its body lines and an unbracketed annotation line", () => {
    const third = node("（三）");
    expect(third.title).toBe("健全法治政府建设督察机制");
    expect(third.body).toBe("开展年度法治政府建设督察，对发现的问题督促整改。\n督察结果纳入年度绩效考核。");
    expect(third.lines).toEqual([7, 10]);
    expect(third.leadDepartment?.id).toBe("d-sfj");
    expect(third.cooperatingDepartments).toMatchObject([
      { id: null, name: "区纪委监委" },
      { id: "d-sjj", name: "区审计局" },
    ]);
    expect(third.dueDate).toBe("2022-11-30");
  });

  it("reads half-width annotations with nested brackets and space separators", () => {
    const fourth = node("(四)");
    expect(fourth.leadDepartment).toMatchObject({ id: "d-zwzx", name: "区政务服务中心" });
    expect(fourth.cooperatingDepartments).toMatchObject([{ id: null, name: "各乡镇(街道)" }]);
    expect(fourth.dueDate).toBe("2022-12-31");
    expect(fourth.indicators).toContainEqual(expect.objectContaining({ name: "政务服务事项网上可办率", value: 95, unit: "%" }));
  });

  it("reads measures 1. 1、 1． with 责任部门, 时间节点 and the latest of several dates", () => {
    const [first, second, third] = node("(四)").children;
    expect([first?.code, second?.code, third?.code]).toEqual(["1.", "2、", "3．"]);
    expect(first?.leadDepartment).toMatchObject({ id: "d-scj", name: "区市场监督管理局" });
    expect(first?.dueDate).toBe("2022-09-30");
    expect(second?.title).toBe("深化“证照分离”改革");
    expect(second?.leadDepartment?.id).toBe("d-scj");
    expect(second?.cooperatingDepartments).toMatchObject([{ id: "d-swj", name: "区商务局" }]);
    expect(second?.dueDate).toBe("2022-12-31");
    expect(third?.leadDepartment?.id).toBe("d-fgw");
    expect(third?.dueDate).toBeNull();
  });

  it("nests measure styles in the order they first appear: （1） over ①", () => {
    const fifth = node("（五）");
    expect(fifth.children.map((measure) => measure.code)).toEqual(["（1）", "（2）", "⑴"]);
    expect(fifth.children[0]?.children.map((measure) => measure.title)).toEqual([
      "严格执行行政执法公示制度",
      "严格执行执法全过程记录制度",
    ]);
    expect(fifth.children[1]?.indicators).toContainEqual(expect.objectContaining({ value: 50, unit: "份" }));
  });

  it("gives a closing annotation to the last inline part when the parts carry their own", () => {
    const sixth = node("（六）");
    expect(sixth.children.map((measure) => measure.code)).toEqual(["一是", "二是", "三是"]);
    expect(sixth.children[1]?.leadDepartment?.id).toBe("d-sfj");
    expect(sixth.children[1]?.title).toBe("加强行政复议规范化建设");
    expect(sixth.children[2]?.dueDate).toBe("2022-12-31");
    expect(sixth.dueDate).toBeNull();
  });

  it("never matches another jurisdiction's department (县司法局 is not 区司法局)", () => {
    const seventh = node("（七）");
    expect(seventh.leadDepartment).toEqual({
      id: null, name: "县司法局", sourceName: "县司法局", suggestion: { id: "d-sfj", name: "梁园区司法局" },
    });
    expect(seventh.dueDate).toBe("2022-09-30");
  });

  it("uses options.year over the title's year", () => {
    const planned = parsePlanDocument(text, { departments: DEMO_DEPARTMENTS, year: 2023 });
    expect(findByCode(planned.nodes, "（二）").dueDate).toBe("2023-06-30");
  });

  it("parses the same with CRLF line ends and without departments (all ids null)", () => {
    const crlf = parsePlanDocument(text.replace(/\n/g, "\r\n"), { departments: DEMO_DEPARTMENTS });
    expect(crlf).toEqual(plan);
    const unknown = parsePlanDocument(text);
    expect(findByCode(unknown.nodes, "（二）").leadDepartment).toMatchObject({ id: null, name: "区司法局" });
  });
});
