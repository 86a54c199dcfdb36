import { beforeAll, describe, expect, it } from "vitest";
import { getDbHandle } from "@/db";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { warningContext } from "@/lib/warning-context";
import { actorFor, departmentId, seedDemoData } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** The connection numbers postgres.js sent each statement of `call` on (its debug hook names them). */
async function connectionsOf(call: () => Promise<unknown>): Promise<{ connections: Set<number>; statements: number }> {
  const handle = await getDbHandle();
  if (handle.kind !== "postgres") throw new Error("PostgreSQL only");
  const options = handle.client.options as unknown as { debug?: unknown };
  const before = options.debug;
  const connections = new Set<number>();
  let statements = 0;
  options.debug = (connection: number) => {
    connections.add(connection);
    statements++;
  };
  try {
    await call();
  } finally {
    options.debug = before;
  }
  return { connections, statements };
}

beforeAll(async () => {
  await seedDemoData();
}, 120_000);

// Issue 17: the task page's dozen reads went out one per pooled connection (a socket write,
// a pool slot and a backend wake-up each); now they share one connection and one write.
describe.skipIf(!onPostgres)("a page's reads on one connection (PostgreSQL)", () => {
  it("the task detail sends all its statements on one connection, and still finds everything", async () => {
    const supervisor = await actorFor("supervisor");
    const task = await makeTask("in_progress", { title: "同一连接读取详情" });
    const { connections, statements } = await connectionsOf(async () => {
      const detail = await getTaskDetail(supervisor, task.id, warningContext());
      expect(detail.task.id).toBe(task.id);
      expect(detail.lead).toEqual({ id: await departmentId("区司法局"), name: "区司法局" });
      expect(detail.timeline.length).toBeGreaterThan(0);
    });
    expect(statements).toBeGreaterThan(10);
    expect(connections.size).toBe(1);
  });

  it("a write's answer reads the task's parts on one connection", async () => {
    const task = await makeTask("in_progress", { title: "同一连接读取部件" });
    const { connections } = await connectionsOf(async () => {
      const parts = await loadTaskParts(task.id);
      expect(parts.leadDepartmentId).toBe(await departmentId("区司法局"));
    });
    expect(connections.size).toBe(1);
  });

  it("a failing read ends its transaction and frees the connection for the next", async () => {
    const supervisor = await actorFor("supervisor");
    await expect(getTaskDetail(supervisor, "00000000-0000-4000-8000-000000000000", warningContext())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const task = await makeTask("in_progress", { title: "失败后再读" });
    await expect(getTaskDetail(supervisor, task.id, warningContext())).resolves.toMatchObject({ task: { id: task.id } });
  });
});
