import fc from "fast-check";
import { and, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { taskVisibility } from "@/db/queries/tasks/scope";
import { departments, taskDepartments, tasks } from "@/db/schema";
import { ROLES, TASK_STATUSES } from "@/lib/domain/codes";
import { isTaskVisible, type TScopedActor } from "@/lib/domain/scope";
import { seedDemoData } from "../support/fixtures";
import { FUZZ_SEED, replayable } from "../support/fuzz-seed";

// isTaskVisible (the pure rule the loaders apply) and taskVisibility (the
// WHERE condition every list uses) are two writings of one rule: on generated
// tasks and actors, the database must return exactly the tasks the pure rule keeps.

let pool: string[] = [];
beforeAll(async () => {
  await seedDemoData();
  pool = (await (await getDb()).select({ id: departments.id }).from(departments)).map((d) => d.id).slice(0, 4);
}, 60_000);

const departmentIndex = fc.integer({ min: 0, max: 3 });
const taskArb = fc.record({
  status: fc.constantFrom(...TASK_STATUSES),
  lead: fc.option(departmentIndex, { nil: null }),
  cooperating: fc.uniqueArray(departmentIndex, { maxLength: 3 }),
});
const actorArb = fc.record({
  roles: fc.uniqueArray(fc.constantFrom(...ROLES), { minLength: 1, maxLength: 2 }),
  department: fc.option(departmentIndex, { nil: null }),
});

describe("task visibility: SQL and pure rule agree", () => {
  it("on generated tasks and actors", async () => {
    const db = await getDb();
    await replayable(fc.assert(
      fc.asyncProperty(fc.array(taskArb, { minLength: 1, maxLength: 6 }), actorArb, async (generated, actorSpec) => {
        const made = [];
        for (const spec of generated) {
          const [row] = await db.insert(tasks).values({ title: "可见性", status: spec.status }).returning({ id: tasks.id });
          const lead = spec.lead === null ? null : pool[spec.lead]!;
          const cooperating = spec.cooperating.map((i) => pool[i]!).filter((id) => id !== lead);
          const links = [...(lead ? [{ taskId: row!.id, departmentId: lead, role: "lead" as const }] : []), ...cooperating.map((departmentId) => ({ taskId: row!.id, departmentId, role: "cooperating" as const }))];
          if (links.length) await db.insert(taskDepartments).values(links);
          made.push({ id: row!.id, status: spec.status, leadDepartmentId: lead, cooperatingDepartmentIds: cooperating });
        }
        const actor: TScopedActor = { roles: actorSpec.roles, departmentId: actorSpec.department === null ? null : pool[actorSpec.department]! };
        const ids = made.map((t) => t.id);
        const fromSql = (await db.select({ id: tasks.id }).from(tasks).where(and(inArray(tasks.id, ids), taskVisibility(actor)))).map((r) => r.id).sort();
        const fromRule = made.filter((t) => isTaskVisible(actor, t)).map((t) => t.id).sort();
        expect(fromSql).toEqual(fromRule);
      }),
      { numRuns: 60, seed: FUZZ_SEED },
    ));
  }, 120_000);
});
