import { describe, expect, it } from "vitest";
import { createDepartmentMatcher, findOwnPrefixes, isSameKindElsewhere } from "@/lib/domain/plan-import/departments";
import { DEMO_DEPARTMENTS } from "./fixtures";

const match = createDepartmentMatcher(DEMO_DEPARTMENTS, ["梁园区", "区"]);

describe("department matching", () => {
  it("matches an exact name", () => {
    expect(match("区审计局")).toEqual({ id: "d-sjj", name: "区审计局", sourceName: "区审计局", suggestion: null });
  });

  it("matches without the plan's own prefix, returning the registered name", () => {
    expect(match("区司法局")).toEqual({ id: "d-sfj", name: "梁园区司法局", sourceName: "区司法局", suggestion: null });
    expect(match("司法局")).toEqual({ id: "d-sfj", name: "梁园区司法局", sourceName: "司法局", suggestion: null });
    expect(match("梁园区商务局")).toEqual({ id: "d-swj", name: "区商务局", sourceName: "梁园区商务局", suggestion: null });
  });

  it("matches common abbreviations", () => {
    expect(match("区市场监管局")?.id).toBe("d-scj");
    expect(match("区发改委")?.id).toBe("d-fgw");
    expect(match("区人社局")?.id).toBe("d-rsj");
    expect(match("区政府办")?.id).toBe("d-zfb");
  });

  it("never assigns another jurisdiction's department: id null, the same kind offered as a suggestion", () => {
    const sfj = { id: "d-sfj", name: "梁园区司法局" };
    expect(match("市司法局")).toEqual({ id: null, name: "市司法局", sourceName: "市司法局", suggestion: sfj });
    expect(match("县司法局")).toEqual({ id: null, name: "县司法局", sourceName: "县司法局", suggestion: sfj });
    expect(match("睢阳区审计局")).toMatchObject({ id: null, suggestion: { id: "d-sjj", name: "区审计局" } });
  });

  it("offers nothing for collective and unknown names", () => {
    expect(match("各乡镇(街道)")).toEqual({ id: null, name: "各乡镇(街道)", sourceName: "各乡镇(街道)", suggestion: null });
    expect(match("区纪委监委")).toEqual({ id: null, name: "区纪委监委", sourceName: "区纪委监委", suggestion: null });
  });

  it("keeps a county document's 县司法局 apart from a district's 区司法局, though the title names the county", () => {
    const prefixes = findOwnPrefixes("某某县2022年法治政府建设工作要点", DEMO_DEPARTMENTS);
    expect(prefixes).not.toContain("县");
    expect(createDepartmentMatcher(DEMO_DEPARTMENTS, prefixes)("县司法局")).toMatchObject({ id: null, suggestion: { id: "d-sfj" } });
  });

  it.each([
    ["县司法局", "区司法局", true],
    ["市财政局", "梁园区财政局", true],
    ["区市场监督管理局", "市场监督管理局", true],
    ["区人民法院", "区人民检察院", false],
    ["区司法局", "区司法局", false],
    ["区财政局", "区审计局", false],
  ])("isSameKindElsewhere(%s, %s) is %s", (written, known, expected) => {
    expect(isSameKindElsewhere(written, known)).toBe(expected);
  });

  it("refuses an ambiguous match", () => {
    const twoCulture = createDepartmentMatcher(
      [{ id: "a", name: "区文化和旅游局" }, { id: "b", name: "区文化广电和旅游局" }],
      ["区"],
    );
    expect(twoCulture("区文旅局")).toMatchObject({ id: null, name: "区文旅局", sourceName: "区文旅局" });
  });

  it("folds widths and spaces before comparing", () => {
    expect(match("区 审计局")?.id).toBe("d-sjj");
  });
});

describe("findOwnPrefixes", () => {
  it("reads the jurisdiction from the title", () => {
    expect(findOwnPrefixes("梁园区关于2021年度法治政府建设情况的报告", [])).toEqual(["梁园区", "区"]);
    expect(findOwnPrefixes("商丘市梁园区2022年法治政府建设工作要点", [])).toEqual(["商丘市梁园区", "梁园区", "区"]);
    expect(findOwnPrefixes("关于印发梁园区2022年工作要点的通知", [])).toEqual(["梁园区", "区"]);
  });

  it("reads a place name shared by department names", () => {
    expect(findOwnPrefixes("", DEMO_DEPARTMENTS)).toEqual(["梁园区", "区"]);
  });

  it("falls back to the level most department names start with", () => {
    expect(findOwnPrefixes("2022年工作要点", [{ id: "1", name: "县财政局" }, { id: "2", name: "县司法局" }])).toEqual(["县"]);
    expect(findOwnPrefixes("2022年工作要点", [])).toEqual([]);
  });
});
