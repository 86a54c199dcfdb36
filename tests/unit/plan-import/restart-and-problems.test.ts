import { describe, expect, it } from "vitest";
import { parsePlanDocument } from "@/lib/domain/plan-import";
import { readFixture } from "./fixtures";
import { findPartitionViolations } from "./line-partition";

const text = readFixture("plan-import/restart-and-problems.txt");
const plan = parsePlanDocument(text);

describe("restarted numbering and shortcomings headings", () => {
  it("accounts for every line", () => {
    expect(findPartitionViolations(text, plan)).toEqual([]);
  });

  it("keeps the first run of items at the top level", () => {
    expect(plan.nodes.slice(0, 3).map((node) => [node.kind, node.code])).toEqual([
      ["item", "(一)"],
      ["item", "(二)"],
      ["item", "(三)"],
    ]);
    expect(plan.nodes[2]?.body).toBe("办理行政复议案件8件,办结率100%。");
  });

  it("opens a top-level group when items restart, titled by the paragraph before them", () => {
    const group = plan.nodes[3];
    expect(group).toMatchObject({ kind: "group", code: "", title: "下一步工作打算", lines: [5, 7] });
    expect(group?.children.map((item) => item.title)).toEqual(["继续完善制度建设", "持续推进严格执法"]);
  });

  it("turns numbered lines under a 存在的主要问题 heading into problems", () => {
    const group = plan.nodes[4];
    expect(group).toMatchObject({ kind: "group", title: "存在的主要问题", lines: [8, 10] });
    expect(group?.children.map((problem) => [problem.kind, problem.title])).toEqual([
      ["problem", "部分单位依法行政意识不强"],
      ["problem", "执法人员专业素质有待提高"],
    ]);
  });

  it("closes the problems at the next section and groups sections that restart at 一、", () => {
    expect(plan.nodes.slice(5, 7).map((node) => [node.kind, node.title])).toEqual([
      ["section", "总体要求"],
      ["section", "重点任务"],
    ]);
    const restarted = plan.nodes[7];
    expect(restarted).toMatchObject({ kind: "group", title: "后续条目", lines: [14, 16] });
    expect(restarted?.children.map((section) => section.code)).toEqual(["一、", "二、"]);
    expect(restarted?.children[1]?.children[0]?.title).toBe("落实第二部分任务");
  });

  it("does not treat per-section numbering that starts again at (一) as a restart", () => {
    const perSection = parsePlanDocument("一、甲\n(一)甲一。\n(二)甲二。\n二、乙\n(一)乙一。\n");
    expect(perSection.nodes.map((node) => [node.kind, node.children.length])).toEqual([
      ["section", 2],
      ["section", 1],
    ]);
  });

  it("starts a group for an item after a shortcomings paragraph even without a restart", () => {
    const text2 = [
      "一、工作开展情况",
      "(一)推进依法行政。",
      "工作中还存在一些不足。一是制度不健全。二是落实不到位。",
      "(二)加强监督。",
    ].join("\n");
    const result = parsePlanDocument(text2);
    expect(result.nodes.map((node) => [node.kind, node.title])).toEqual([
      ["section", "工作开展情况"],
      ["group", "存在问题"],
      ["group", "后续条目"],
    ]);
    expect(result.nodes[1]?.children.map((problem) => problem.title)).toEqual(["制度不健全", "落实不到位"]);
    expect(findPartitionViolations(text2, result)).toEqual([]);
  });

  it("makes numbered lines problems when an unnumbered 存在问题 heading follows a section heading directly", () => {
    const text3 = ["三、工作总结", "存在的主要问题", "1.部分单位重视不够。", "2.考核机制不健全。", "四、下一步打算", "1.完善考核机制。"].join("\n");
    const result = parsePlanDocument(text3);
    const [summary, next] = result.nodes;
    expect(summary?.children.map((child) => [child.kind, child.title])).toEqual([
      ["problem", "部分单位重视不够"],
      ["problem", "考核机制不健全"],
    ]);
    // No "(一)" level in this document: "1." under "四、" is the item level (issue 13).
    expect(next?.children.map((child) => child.kind)).toEqual(["item"]);
    expect(findPartitionViolations(text3, result)).toEqual([]);
  });

  it("makes inline parts of a heading item about shortcomings problems", () => {
    const result = parsePlanDocument("二、存在的问题\n(一)主要问题\n一是意识不强;二是能力不足。");
    const item = result.nodes[0]?.children[0];
    expect(item?.kind).toBe("problem");
    expect(item?.children.map((part) => [part.kind, part.title])).toEqual([
      ["problem", "意识不强"],
      ["problem", "能力不足"],
    ]);
  });
});
