import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listFrameworkIndicators } from "@/db/queries/indicators/frameworks";
import { auditEvents } from "@/db/schema";
import { createFramework, updateFramework } from "@/lib/services/indicators/frameworks";
import { createIndicator, deleteIndicator, moveIndicator, updateIndicator } from "@/lib/services/indicators/edit-indicator";
import { setIndicatorWeight } from "@/lib/services/indicators/set-weight";
import { ZFrameworkCreateSchema, ZIndicatorCreateSchema, ZIndicatorWeightSchema } from "@/lib/validation/indicators";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";
import { frameworkByCode, indicatorByCode, tagTask } from "../support/indicator-fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData);

const codesOf = async (frameworkId: string) =>
  (await listFrameworkIndicators(frameworkId)).map((i) => `${i.code}@${i.level}<${i.parentCode ?? "-"}`).sort();

describe("editing a framework's tree on screen", () => {
  it("adds, renames, moves and deletes with levels kept, each audited; stale versions are 409", async () => {
    const admin = await actorFor("admin");
    const framework = await createFramework(admin, ZFrameworkCreateSchema.parse({ code: "HN-KH", name: "河南省考核指标", kind: "assessment" }));
    const add = async (code: string, parentId: string | null) => {
      const { version } = await frameworkByCode("HN-KH");
      return createIndicator(admin, ZIndicatorCreateSchema.parse({ frameworkId: framework.id, frameworkVersion: version, code, name: `指标${code}`, parentId }));
    };
    const a = await add("1", null);
    const b = await add("2", null);
    const a1 = await add("1.1", a.id);
    await add("1.1.1", a1.id);
    expect(await codesOf(framework.id)).toEqual(["1.1.1@3<1.1", "1.1@2<1", "1@1<-", "2@1<-"]);

    // A stale framework version (the page was open before the last add) is refused.
    expect((await refusal(createIndicator(admin, { frameworkId: framework.id, frameworkVersion: 1, code: "3", name: "x", parentId: null }), "CONFLICT")).messageKey).toBe("staleVersion");
    // Same code twice in one framework: 409 in words.
    const { version } = await frameworkByCode("HN-KH");
    expect((await refusal(createIndicator(admin, { frameworkId: framework.id, frameworkVersion: version, code: "2", name: "x", parentId: null }), "CONFLICT")).messageKey).toBe("indicators.errors.codeTaken");

    const renamed = await updateIndicator(admin, { id: a1.id, version: a1.version, code: "1.1", name: "加大简政放权力度" });
    expect(renamed).toMatchObject({ name: "加大简政放权力度", version: 2 });
    await refusal(updateIndicator(admin, { id: a1.id, version: 1, code: "1.1", name: "旧页面" }), "CONFLICT");

    // Moving 1.1 (with 1.1.1) under 2: levels follow; moving 2 under its own grandchild is refused.
    const moved = await moveIndicator(admin, { id: a1.id, version: 2, parentId: b.id });
    expect(await codesOf(framework.id)).toEqual(["1.1.1@3<1.1", "1.1@2<2", "1@1<-", "2@1<-"]);
    const grandchild = await indicatorByCode("HN-KH", "1.1.1");
    expect((await refusal(moveIndicator(admin, { id: b.id, version: b.version, parentId: grandchild.id }), "RULE")).messageKey).toBe("indicators.errors.cycle");
    await moveIndicator(admin, { id: moved.id, version: moved.version, parentId: null });
    expect(await codesOf(framework.id)).toEqual(["1.1.1@2<1.1", "1.1@1<-", "1@1<-", "2@1<-"]);

    // A tagged indicator (or one with a tagged descendant) cannot be deleted.
    const task = await makeTask("draft");
    await tagTask(task.id, grandchild.id);
    const current = await indicatorByCode("HN-KH", "1.1");
    const refused = await refusal(deleteIndicator(admin, { id: current.id, version: current.version }), "RULE");
    expect(refused).toMatchObject({ messageKey: "indicators.errors.hasTags" });
    const deleted = await deleteIndicator(admin, { id: a.id, version: a.version });
    expect(deleted).toEqual({ deleted: 1 });
    expect(await codesOf(framework.id)).toEqual(["1.1.1@2<1.1", "1.1@1<-", "2@1<-"]);

    const db = await getDb();
    const actions = (await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, admin.id))).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["indicator.framework_create", "indicator.create", "indicator.update", "indicator.move", "indicator.delete"]));
  });

  it("refuses every write to anyone but an admin, changing nothing", async () => {
    const framework = await frameworkByCode("1211");
    const lever = await indicatorByCode("1211", "A1");
    const before = await codesOf(framework.id);
    for (const account of ["supervisor", "leader", "sfj_head", "sfj_officer"]) {
      const actor = await actorFor(account);
      await refusal(createFramework(actor, { code: "X", name: "x", kind: "other", description: "" }), "FORBIDDEN");
      await refusal(createIndicator(actor, { frameworkId: framework.id, frameworkVersion: framework.version, code: "C", name: "x", parentId: null }), "FORBIDDEN");
      await refusal(updateIndicator(actor, { id: lever.id, version: lever.version, code: "A1", name: "改名" }), "FORBIDDEN");
      await refusal(moveIndicator(actor, { id: lever.id, version: lever.version, parentId: null }), "FORBIDDEN");
      await refusal(deleteIndicator(actor, { id: lever.id, version: lever.version }), "FORBIDDEN");
      await refusal(setIndicatorWeight(actor, { id: lever.id, version: lever.version, weight: 2 }), "FORBIDDEN");
      await refusal(updateFramework(actor, { id: framework.id, version: framework.version, name: "x", kind: "other", description: "", useInAssessment: true }), "FORBIDDEN");
    }
    expect(await codesOf(framework.id)).toEqual(before);
    expect(await frameworkByCode("1211")).toMatchObject({ version: framework.version, useInAssessment: false });
  });

  it("stores a 考核 weight and lets one framework weigh the assessment at a time", async () => {
    const admin = await actorFor("admin");
    const lever = await indicatorByCode("1211", "A");
    const weighted = await setIndicatorWeight(admin, ZIndicatorWeightSchema.parse({ id: lever.id, version: lever.version, weight: "1.5" }));
    expect(weighted).toMatchObject({ weight: "1.50", version: lever.version + 1 });
    await refusal(setIndicatorWeight(admin, { id: lever.id, version: lever.version, weight: 2 }), "CONFLICT");
    const cleared = await setIndicatorWeight(admin, ZIndicatorWeightSchema.parse({ id: lever.id, version: weighted.version, weight: "" }));
    expect(cleared.weight).toBeNull();

    const mechanism = await frameworkByCode("1211");
    const national = await frameworkByCode("SFZB-2021");
    await updateFramework(admin, { id: mechanism.id, version: mechanism.version, name: mechanism.name, kind: mechanism.kind, description: mechanism.description, useInAssessment: true });
    await updateFramework(admin, { id: national.id, version: national.version, name: national.name, kind: national.kind, description: national.description, useInAssessment: true });
    expect((await frameworkByCode("1211")).useInAssessment).toBe(false);
    expect((await frameworkByCode("SFZB-2021")).useInAssessment).toBe(true);
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.action, "indicator.weight"), eq(auditEvents.entityId, lever.id)));
    expect(events).toHaveLength(2);
  });

  it("creates a framework from the screen's form values (description optional), audited; a taken code is refused beside its field", async () => {
    const admin = await actorFor("admin");
    const created = await createFramework(admin, ZFrameworkCreateSchema.parse({ code: " SZ-KH-2026 ", name: "市考核指标（2026）", kind: "assessment", description: "市委依法治市办印发" }));
    expect(created).toMatchObject({ code: "SZ-KH-2026", name: "市考核指标（2026）", description: "市委依法治市办印发", shipped: false, useInAssessment: false, version: 1 });
    expect(await listFrameworkIndicators(created.id)).toEqual([]);
    const db = await getDb();
    expect(await db.$count(auditEvents, and(eq(auditEvents.action, "indicator.framework_create"), eq(auditEvents.entityId, created.id)))).toBe(1);
    const taken = await refusal(createFramework(admin, ZFrameworkCreateSchema.parse({ code: "1211", name: "重复", kind: "other" })), "CONFLICT");
    expect(taken).toMatchObject({ messageKey: "indicators.errors.frameworkCodeTaken", fieldErrors: { code: ["indicators.errors.frameworkCodeTaken"] } });
    expect(ZFrameworkCreateSchema.safeParse({ code: "A:1", name: "", kind: "other" }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["code", "indicators.errors.codeFormat"],
      ["name", "required"],
    ]);
  });
});
