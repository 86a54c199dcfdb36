import { describe, expect, it } from "vitest";
import { NOTICE_KINDS } from "@/lib/domain/codes";
import { noticeTemplate } from "@/lib/domain/notice-templates";

describe("notice templates write dates as an official document does", () => {
  it.each(NOTICE_KINDS)("%s: 完成时限 in 年月日, never ISO", (kind) => {
    const { title, content } = noticeTemplate(kind, { taskTitle: "清理妨碍公平竞争的政策措施", dueDate: "2026-12-03", departmentName: "区司法局" });
    expect(content).toContain("完成时限：2026年12月3日");
    expect(`${title}${content}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("leaves the date out when the task has none", () => {
    expect(noticeTemplate("urge", { taskTitle: "任务", dueDate: null, departmentName: null }).content).not.toContain("完成时限");
  });
});
