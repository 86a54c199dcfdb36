import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { findAnnotationBlocks, isAnnotationLine, mergeAnnotations, splitDepartmentNames } from "@/lib/domain/plan-import/annotations";
import { resolveAssignment } from "@/lib/domain/plan-import/assignment";
import { createDepartmentMatcher } from "@/lib/domain/plan-import/departments";
import { toSourceText } from "@/lib/domain/plan-import/normalize";
import { DEMO_DEPARTMENTS } from "./fixtures";

const context = { planYear: 2022, matchDepartment: createDepartmentMatcher(DEMO_DEPARTMENTS, ["梁园区", "区"]) };

function assignmentOf(text: string) {
  const blocks = findAnnotationBlocks(toSourceText(text));
  return resolveAssignment(mergeAnnotations(blocks.map((block) => block.annotation)), context);
}

describe("annotation blocks", () => {
  it("finds a full-width block and returns its span in the raw text", () => {
    const text = "开展督察。（牵头单位：区司法局；完成时限：6月底前）";
    const [block] = findAnnotationBlocks(toSourceText(text));
    expect(block && text.slice(block.start, block.end)).toBe("（牵头单位：区司法局；完成时限：6月底前）");
    expect(block?.isFullyRecognised).toBe(true);
  });

  it.each([
    ["（牵头单位：区司法局；责任单位：区财政局、区商务局；完成时限：6月底前）"],
    ["(牵头单位:区司法局,责任单位:区财政局、区商务局,完成时限:6月底前)"],
    ["(牵头单位 区司法局 责任单位 区财政局、区商务局 完成时限 6月底前)"],
    ["牵头单位：区司法局　责任单位：区财政局，区商务局　完成时限：6月底前"],
  ])("reads every separator style: %s", (text) => {
    expect(isAnnotationLine(toSourceText(text))).toBe(true);
    const assignment = assignmentOf(text);
    expect(assignment.leadDepartment).toMatchObject({ id: "d-sfj", name: "梁园区司法局" });
    expect(assignment.cooperatingDepartments.map((ref) => ref.name)).toEqual(["区财政局", "区商务局"]);
    expect(assignment.dueDate).toBe("2022-06-30");
  });

  it("lets the first 责任单位 lead when there is no 牵头单位, and 配合单位 cooperate", () => {
    const assignment = assignmentOf("（责任单位：区商务局、区审计局；配合单位：区司法局）");
    expect(assignment.leadDepartment?.id).toBe("d-swj");
    expect(assignment.cooperatingDepartments.map((ref) => ref.id)).toEqual(["d-sjj", "d-sfj"]);
  });

  it("keeps a block with an unknown label in the text but still reads its known keys", () => {
    const [block] = findAnnotationBlocks(toSourceText("（牵头单位：区司法局；责任领导：张三）"));
    expect(block?.isFullyRecognised).toBe(false);
    expect(block?.annotation.lead.map((value) => value.raw)).toEqual(["区司法局"]);
  });

  it("ignores brackets that are not annotations", () => {
    expect(findAnnotationBlocks(toSourceText("党委（党组）理论学习中心组"))).toEqual([]);
    expect(isAnnotationLine(toSourceText("（2021—2025年）"))).toBe(false);
  });
});

describe("splitDepartmentNames", () => {
  it("splits on 、 , ; / and spaces, but not inside brackets, and drops a trailing 等", () => {
    expect(splitDepartmentNames(toSourceText("区司法局、区财政局,各乡(镇)、街道 区商务局等单位"))).toEqual([
      "区司法局",
      "区财政局",
      "各乡(镇)",
      "街道",
      "区商务局",
    ]);
    expect(splitDepartmentNames(toSourceText("各乡镇（街道）"))).toEqual(["各乡镇（街道）"]);
  });
});

describe("annotations that are not closed", () => {
  it("end with their sentence, so the text after them is kept", () => {
    const plan = parsePlanDocument("(一)加强领导(牵头单位:区司法局。一是建立制度。二是加强考核。", { departments: DEMO_DEPARTMENTS });
    const item = plan.nodes[0];
    expect(item?.title).toBe("加强领导");
    expect(item?.leadDepartment?.id).toBe("d-sfj");
    expect(item?.children.map((measure) => measure.title)).toEqual(["建立制度", "加强考核"]);
  });

  it("an unbracketed tail ends with its sentence too", () => {
    const text = "开展督察。牵头单位:区司法局。督察结果纳入考核。";
    const [block] = findAnnotationBlocks(toSourceText(text));
    expect(block && text.slice(block.start, block.end)).toBe("牵头单位:区司法局。");
  });
});
