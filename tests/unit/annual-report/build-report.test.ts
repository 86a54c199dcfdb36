import { describe, expect, it } from "vitest";
import { applyEdits, buildAnnualReport, NO_CONTENT_PROMPT, type TAnnualReport } from "@/lib/domain/annual-report";
import { chineseNumber } from "@/lib/domain/annual-report/wording";
import { sampleSnapshot } from "./snapshot-fixture";

const textOf = (report: TAnnualReport, id: string) => report.paragraphs.find((p) => p.id === id)?.text;

describe("annual report draft", () => {
  it("opens with the title and the year's figures", () => {
    const report = buildAnnualReport(sampleSnapshot());
    expect(report.title).toBe("梁园区关于2022年度法治政府建设情况的报告");
    expect(report.figures).toEqual({ tasks: 5, completed: 2, completedOnTime: 1, completionRate: 40, overdue: 1, inProgress: 3, returned: 1, extended: 1, notices: 2 });
    expect(textOf(report, "opening")).toContain("全年共部署任务5项，已办结2项，其中按期办结1项，完成率40%；发出督办通知2份");
    expect(report.paragraphs.at(-2)).toMatchObject({ kind: "signature", text: "梁园区" });
    expect(report.paragraphs.at(-1)).toMatchObject({ kind: "date", text: "2023年1月20日" });
  });

  it("has one part per plan section in plan order, work items summarised with lead department, notes and indicators", () => {
    const report = buildAnnualReport(sampleSnapshot());
    const headings = report.paragraphs.filter((p) => p.kind === "heading1" || p.kind === "heading2").map((p) => p.text);
    expect(headings.slice(0, 4)).toEqual(["一、主要举措和成效", "（一）依法全面履行政府职能", "（二）加强行政规范性文件管理", "（三）上年度存在问题整改情况"]);
    expect(textOf(report, "t:t-done")).toBe(
      "区司法局牵头，推进“深化信用体系建设”，于2022年11月30日办结。累计上报信用信息记录19904条。信用信息上报目标15000条，实际完成19904条。",
    );
    expect(textOf(report, "t:t-late")).toContain("于2023年1月5日办结（超出原定时限）");
    expect(textOf(report, "t:t-open")).toBe("区司法局牵头，推进“深化价格改革”，正在推进，完成进度60%。已完成收费项目逐一核对。价格监测点目标12个，实际完成情况待填报。");
    expect(report.paragraphs.find((p) => p.id === "t:t-problem")).toMatchObject({ taskIds: ["t-problem"] });
  });

  it("leaves a bracketed prompt where the records say nothing, instead of inventing content", () => {
    const report = buildAnnualReport(sampleSnapshot());
    expect(textOf(report, "t:t-overdue")).toBe(`区市场监督管理局牵头，推进“规范行政权力运行”，正在推进，完成进度40%。${NO_CONTENT_PROMPT}`);
    expect(report.paragraphs.find((p) => p.id === "m:g2:empty")).toMatchObject({ kind: "prompt", taskIds: [] });
    expect(textOf(report, "n:plan:body")).toBe("【2023年度工作安排尚未导入，请补充下一年度工作打算】");
  });

  it("groups the shortfalls as 一是/二是/… and traces each to its tasks", () => {
    const report = buildAnnualReport(sampleSnapshot());
    const findings = report.paragraphs.filter((p) => p.id.startsWith("p:") && p.id !== "p:lead");
    expect(findings.map((p) => p.text.slice(0, 2))).toEqual(["一是", "二是", "三是", "四是", "五是"]);
    expect(findings[0]).toMatchObject({ id: "p:overdue", taskIds: ["t-overdue"] });
    expect(findings[0]!.text).toContain("“规范行政权力运行”已逾期20天");
    expect(findings.find((p) => p.id === "p:returned")!.text).toContain("1项办结申请经审核退回整改");
    expect(findings.find((p) => p.id === "p:notices")!.text).toContain("约谈1次");
    expect(findings.find((p) => p.id === "p:notices")!.text).not.toContain("通报");
  });

  it("says so when a year has nothing overdue, returned, extended or notified", () => {
    const snapshot = sampleSnapshot();
    snapshot.tasks = snapshot.tasks.filter((t) => t.status === "completed").map((t) => ({ ...t, completedDay: "2022-11-01" }));
    snapshot.returns = [];
    snapshot.extensions = [];
    snapshot.notices = [];
    const report = buildAnnualReport(snapshot);
    expect(report.paragraphs.filter((p) => p.id.startsWith("p:")).map((p) => p.id)).toEqual(["p:none"]);
    expect(report.figures).toMatchObject({ overdue: 0, completionRate: 100 });
    expect(report.paragraphs.some((p) => p.id === "n:carry")).toBe(false);
  });

  it("carries unfinished work into next year and names next year's plan when it exists", () => {
    const snapshot = sampleSnapshot();
    snapshot.nextPlan = { id: "plan-2023", title: "梁园区2023年度法治政府建设工作安排", year: 2023, sections: ["提高政治站位。", "加强培训学习"] };
    const report = buildAnnualReport(snapshot);
    expect(report.paragraphs.find((p) => p.id === "n:carry")!.taskIds.sort()).toEqual(["t-open", "t-overdue", "t-problem"]);
    expect(textOf(report, "n:plan:body")).toBe("按照《梁园区2023年度法治政府建设工作安排》部署，一是提高政治站位；二是加强培训学习。");
    expect(textOf(report, "next")).toBe("三、2023年工作打算");
  });

  it("gives the same draft for the same data, and keeps the author's edits by paragraph", () => {
    const first = buildAnnualReport(sampleSnapshot());
    expect(buildAnnualReport(sampleSnapshot())).toEqual(first);
    const edited = applyEdits(first, { opening: "改写的开头。", gone: "x" });
    expect(textOf(edited, "opening")).toBe("改写的开头。");
    expect(edited.paragraphs).toHaveLength(first.paragraphs.length);
    expect(new Set(first.paragraphs.map((p) => p.id)).size).toBe(first.paragraphs.length);
  });

  it("ranks departments by tasks", () => {
    const report = buildAnnualReport(sampleSnapshot());
    expect(report.departments[0]).toEqual({ name: "区司法局", tasks: 3, completed: 2, completedOnTime: 1, overdue: 0, returned: 1 });
  });

  it("writes Chinese numbers as the seed does", () => {
    expect([1, 10, 12, 20, 35].map(chineseNumber)).toEqual(["一", "十", "十二", "二十", "三十五"]);
  });
});
