import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { getAnnualReport } from "@/db/queries/annual-report/annual-report";
import { annualReportDrafts, auditEvents, plans } from "@/db/schema";
import { editReportParagraph } from "@/lib/services/annual-report/edit-report-paragraph";
import { ZReportParagraphEditSchema } from "@/lib/validation/annual-report";
import { actorFor, seedDemoData } from "../support/fixtures";

let planId = "";

beforeAll(async () => {
  await seedDemoData();
  [{ id: planId }] = (await (await getDb()).select({ id: plans.id }).from(plans)) as [{ id: string }];
});

const textOf = async (id: string) => (await getAnnualReport(await actorFor("leader"), planId))!.report.paragraphs.find((p) => p.id === id)?.text;

describe("editing the annual report draft", () => {
  it("keeps an author's paragraph with the draft, versioned and audited, and restores the generated text on request", async () => {
    const supervisor = await actorFor("supervisor");
    const generated = await textOf("opening");
    const first = await editReportParagraph(supervisor, { planId, paragraphId: "opening", text: "2022年，梁园区扎实推进法治政府建设。", version: 0 });
    expect(first.version).toBe(1);
    expect(await textOf("opening")).toBe("2022年，梁园区扎实推进法治政府建设。");
    const view = (await getAnnualReport(supervisor, planId))!;
    expect(view).toMatchObject({ draftVersion: 1, generated: { opening: generated } });

    const second = await editReportParagraph(await actorFor("admin"), { planId, paragraphId: "title", text: "梁园区2022年度法治政府建设情况报告", version: 1 });
    expect(second.version).toBe(2);
    expect((await getAnnualReport(supervisor, planId))!.report.title).toBe("梁园区2022年度法治政府建设情况报告");

    await editReportParagraph(supervisor, { planId, paragraphId: "opening", text: "", version: 2 });
    expect(await textOf("opening")).toBe(generated);
    const events = await (await getDb()).select().from(auditEvents).where(and(eq(auditEvents.action, "plan.report_edit"), eq(auditEvents.entityId, planId)));
    expect(events.map((e) => e.data)).toEqual([
      { paragraphId: "opening", text: "2022年，梁园区扎实推进法治政府建设。", version: 1 },
      { paragraphId: "title", text: "梁园区2022年度法治政府建设情况报告", version: 2 },
      { paragraphId: "opening", text: null, version: 3 },
    ]);
  });

  it("refuses a stale version, leaders and department users, changing nothing", async () => {
    const db = await getDb();
    const [before] = await db.select().from(annualReportDrafts).where(eq(annualReportDrafts.planId, planId));
    await expect(editReportParagraph(await actorFor("supervisor"), { planId, paragraphId: "opening", text: "旧版本上的修改", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    for (const account of ["leader", "sfj_head", "sfj_officer"]) {
      await expect(editReportParagraph(await actorFor(account), { planId, paragraphId: "opening", text: "越权修改", version: before!.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(editReportParagraph(await actorFor("supervisor"), { planId: crypto.randomUUID(), paragraphId: "opening", text: "x", version: 0 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [after] = await db.select().from(annualReportDrafts).where(eq(annualReportDrafts.planId, planId));
    expect(after).toEqual(before);
  });

  it("validates the paragraph id and the text", () => {
    const ok = { planId, paragraphId: "t:0b6b7a9e-0000-4000-8000-000000000000", text: "正文", version: 0 };
    expect(ZReportParagraphEditSchema.safeParse(ok).success).toBe(true);
    for (const bad of [{ paragraphId: "<script>" }, { paragraphId: "" }, { text: "x".repeat(5001) }, { text: "a\u0000b" }, { version: -1 }, { extra: 1 }]) {
      expect(ZReportParagraphEditSchema.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
  });
});
