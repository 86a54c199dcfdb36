import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { departments, notices, tasks, users } from "@/db/schema";
import { inTransaction } from "@/lib/services/transaction";
import { updateAtVersion } from "@/lib/services/versioned-update";
import { departmentId, refusal, seedDemoData, userRow } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData, 60_000);

const MISSING = "00000000-0000-4000-8000-000000000000";

describe("updateAtVersion: the one optimistic update", () => {
  it("moves the version once, refuses a stale version with 409 and a missing row with 404, on every table", async () => {
    const department = await departmentId("区司法局");
    const user = await userRow("sfj_officer");
    const task = await makeTask("draft");
    const departmentVersion = (await (await getDb()).select().from(departments).where(eq(departments.id, department)))[0]!.version;
    // Each table once: the same answers whatever the row.
    const cases: [number, (id: string, version: number) => Promise<{ version: number }>][] = [
      [departmentVersion, (id, version) => inTransaction((tx) => updateAtVersion(tx, departments, id, version, { sortOrder: 7 }))],
      [user.version, (id, version) => inTransaction((tx) => updateAtVersion(tx, users, id, version, { name: "刘联络" }))],
      [task.version, (id, version) => inTransaction((tx) => updateAtVersion(tx, tasks, id, version, { title: "改名" }))],
    ];
    const ids = [department, user.id, task.id];
    for (const [i, [version, update]] of cases.entries()) {
      expect((await update(ids[i]!, version)).version).toBe(version + 1);
      const stale = await refusal(update(ids[i]!, version), "CONFLICT");
      expect(stale.messageKey).toBe("staleVersion");
      await refusal(update(MISSING, 1), "NOT_FOUND");
    }
    const gone = await refusal(inTransaction((tx) => updateAtVersion(tx, notices, MISSING, 1, { content: "x" }, "noticeNotFound")), "NOT_FOUND");
    expect(gone.messageKey).toBe("noticeNotFound");
  });
});
