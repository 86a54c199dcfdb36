import { beforeAll, describe, expect, it } from "vitest";
import { COVERAGE_STATUSES, frameworkCoverage } from "@/db/queries/indicators/coverage";
import { listTasks } from "@/db/queries/tasks/list-tasks";
import type { TWarningContext } from "@/lib/domain/warning";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { frameworkByCode, indicatorByCode, tagTask } from "../support/indicator-fixtures";
import { makeTask } from "../support/task-fixtures";

beforeAll(seedDemoData);

const context: TWarningContext = { today: "2050-06-01", timeZone: "Asia/Shanghai", policy: { dueSoonDays: 7, behindPoints: 30 } };

type TNode = { code: string; direct: { total: number }; subtree: { total: number; completed: number; overdue: number }; gap: boolean; children: TNode[] };
const flat = (nodes: TNode[]): TNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);

/** The task list's own counts (the same filter, its overdue rule) over the given task ids. */
async function listCounts(account: string, ids: Set<string>) {
  const actor = await actorFor(account);
  const count = async (filter: object) => {
    const { items } = await listTasks(actor, { status: [...COVERAGE_STATUSES], limit: 200, ...filter }, context);
    return items.filter((t) => ids.has(t.id)).length;
  };
  return { total: await count({}), completed: await count({ status: ["completed"] }), overdue: await count({ overdue: true }) };
}

describe("覆盖与达成", () => {
  it("counts per indicator what the task list counts for the same actor, and marks the gaps", async () => {
    const early = { dueDate: "2030-01-01" }; // overdue on context.today
    const other = { leadDepartmentId: await departmentId("区市场监督管理局"), cooperatingDepartmentIds: [] };
    const tasks = {
      completed: await makeTask("completed", early),
      overdue: await makeTask("in_progress", early),
      open: await makeTask("assigned"),
      draft: await makeTask("draft", early),
      cancelled: await makeTask("cancelled"),
      elsewhere: await makeTask("assigned", { ...other, ...early }),
    };
    const a1 = await indicatorByCode("1211", "A1");
    const a2 = await indicatorByCode("1211", "A2");
    for (const task of Object.values(tasks)) await tagTask(task.id, a1.id);
    await tagTask(tasks.open.id, a2.id); // one task serving two levers counts once under 两抓手

    const framework = await frameworkByCode("1211");
    for (const account of ["supervisor", "leader", "sfj_officer", "scj_officer"]) {
      const coverage = await frameworkCoverage(await actorFor(account), framework.id, context);
      const byCode = new Map(flat(coverage.tree as TNode[]).map((n) => [n.code, n]));
      const servingA1 = new Set(Object.values(tasks).map((t) => t.id));
      expect(byCode.get("A1")!.subtree, account).toEqual(await listCounts(account, servingA1));
      expect(byCode.get("A2")!.subtree, account).toEqual(await listCounts(account, new Set([tasks.open.id])));
      expect(byCode.get("A")!.subtree.total, account).toBe(byCode.get("A1")!.subtree.total);
      // Nothing serves 一带动 / 示范创建: both are gaps.
      expect(byCode.get("B")!.gap && byCode.get("B1")!.gap).toBe(true);
      expect(coverage.gaps, account).toBe([...byCode.values()].filter((n) => n.gap).length);
    }
    const supervisor = await frameworkCoverage(await actorFor("supervisor"), framework.id, context);
    const a1Node = flat(supervisor.tree as TNode[]).find((n) => n.code === "A1")!;
    // Everything but the cancelled task: draft, assigned, in progress, completed, and the other department's.
    expect(a1Node.subtree).toEqual({ total: 5, completed: 1, overdue: 2 });
    const officer = await frameworkCoverage(await actorFor("sfj_officer"), framework.id, context);
    // 区司法局 sees its published tasks only: no draft, not the other department's.
    expect(flat(officer.tree as TNode[]).find((n) => n.code === "A1")!.subtree).toEqual({ total: 3, completed: 1, overdue: 1 });
  });
});
