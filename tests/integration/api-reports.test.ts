import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { docxText } from "../support/docx-parts";
import { getDb } from "@/db";
import { auditEvents, plans } from "@/db/schema";
import { seedDemo } from "@/lib/seed/seed-demo";
import { DOCX_MEDIA_TYPE } from "@/lib/documents/docx-media-type";
import { cookieFor, tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";

let supervisor: { token: string };
let leader: { token: string };
let planId = "";

beforeAll(async () => {
  await seedDemo();
  supervisor = await tokenFor("supervisor");
  leader = await tokenFor("leader");
  [{ id: planId }] = (await (await getDb()).select({ id: plans.id }).from(plans)) as [{ id: string }];
});

const exports = async () => {
  const [row] = await (await getDb()).select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.action, "export.annual_report")));
  return Number(row!.n);
};

describe("GET /plans", () => {
  it("lists the plans with their counts", async () => {
    const { status, json } = await call("listPlans", leader);
    expect(status).toBe(200);
    expect(json.items).toEqual([expect.objectContaining({ id: planId, year: 2022, status: "active", goals: expect.any(Number), tasks: expect.any(Number) })]);
  });
});

describe("GET /plans/{id}/annual-report", () => {
  it("answers the draft as JSON, every paragraph with the tasks it came from", async () => {
    const { status, json } = await call("getAnnualReport", supervisor, { params: { id: planId } });
    expect(status).toBe(200);
    expect(json.title).toBe("梁园区关于2022年度法治政府建设情况的报告");
    expect(json.paragraphs[0]).toMatchObject({ id: "title", kind: "title", taskIds: [] });
    expect(json.paragraphs.filter((p: { id: string }) => p.id.startsWith("t:")).length).toBe(json.figures.tasks);
  });

  it("answers the .docx by ?format=docx or by Accept, audited as an export", async () => {
    const before = await exports();
    for (const request of [{ query: { format: "docx" } }, { headers: { accept: DOCX_MEDIA_TYPE } }]) {
      const { status, response } = await call("getAnnualReport", leader, { params: { id: planId }, ...request });
      expect(status).toBe(200);
      expect(response.headers.get("content-type")).toBe(DOCX_MEDIA_TYPE);
      expect(response.headers.get("content-disposition")).toContain("attachment;");
      const value = await docxText(Buffer.from(await response.arrayBuffer()));
      expect(value).toContain("一、主要举措和成效");
    }
    expect(await exports()).toBe(before + 2);
  });

  it("serves the web session the same file (the preview's download link)", async () => {
    const { status, response } = await call("getAnnualReport", await cookieFor("supervisor"), { params: { id: planId }, query: { format: "docx" } });
    expect(status).toBe(200);
    expect(response.headers.get("content-type")).toBe(DOCX_MEDIA_TYPE);
  });

  it("refuses an unknown format, and answers 404 for a plan that does not exist", async () => {
    expect((await call("getAnnualReport", leader, { params: { id: planId }, query: { format: "pdf" } })).status).toBe(422);
    expect((await call("getAnnualReport", leader, { params: { id: crypto.randomUUID() } })).status).toBe(404);
    expect((await call("getAnnualReport", leader, { params: { id: "nope" } })).status).toBe(404);
  });
});
