import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { loadedTaskCapabilities, loadTaskForActor } from "@/db/queries/tasks/load-task";
import { milestones, tasks, type TTask } from "@/db/schema";
import { todayIn } from "@/lib/domain/calendar";
import { TASK_CAPABILITIES, type TTaskCapability } from "@/lib/domain/capabilities/task";
import type { TActor } from "@/lib/domain/actor";
import type { TTaskStatus } from "@/lib/domain/codes";
import { TASK_ACTIONS, type TTaskAction } from "@/lib/domain/task-workflow";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { writeInstruction } from "@/lib/services/instructions/write-instruction";
import { decideExtension } from "@/lib/services/tasks/decide-extension";
import { discardCompletion } from "@/lib/services/tasks/discard-completion";
import { prepareCompletion } from "@/lib/services/tasks/prepare-completion";
import { submitPreparedCompletion } from "@/lib/services/tasks/submit-prepared-completion";
import { addMilestone, completeMilestone } from "@/lib/services/tasks/milestones";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import { requestExtension } from "@/lib/services/tasks/request-extension";
import { setTaskOwner } from "@/lib/services/tasks/set-owner";
import { transitionTask } from "@/lib/services/tasks/transition-task";
import { updateTask } from "@/lib/services/tasks/update-task";
import { ZTaskUpdateSchema } from "@/lib/validation/tasks";
import { actorFor, departmentId, seedDemoData, userRow } from "../support/fixtures";
import { makeTask } from "../support/task-fixtures";

// The capability table (what the task page shows) against what the services
// actually do on the database and against a specification written out by
// hand: for every scenario × account × capability, an allowed cell must
// succeed on a fresh task and a refused cell must be refused by the service
// with the same code and message, changing nothing.

beforeAll(seedDemoData, 60_000);

const ACCOUNTS = ["supervisor", "leader", "sfj_head", "sfj_officer", "scj_officer"] as const;
// 催办 names many tasks and checks its own targets in the notice service.
const CHECKED = TASK_CAPABILITIES.filter((c) => c !== "escalate");
const noonIn = (day: string) => new Date(`${day}T04:00:00Z`);
const DUE = "2030-06-30";

type TAccount = (typeof ACCOUNTS)[number];
/** The specification, written out by hand from docs/product.md: what each account may do ("hidden": cannot see the task). */
type TAllowed = Record<TAccount, readonly TTaskCapability[] | "hidden">;
type TScenario = { name: string; status: TTaskStatus; now: Date; extensions?: "pending" | "exhausted"; allowed: TAllowed };

const manage = ["setOwner", "addMilestone"] as const;
const supervising = ["cancel", "edit", ...manage] as const;
// In progress, no progress reported yet (so no 申请办结).
const working = (extension: boolean, decide: boolean): TAllowed => ({
  supervisor: [...supervising, ...(decide ? (["decideExtension"] as const) : [])],
  leader: ["writeInstruction"],
  sfj_head: [...manage, "completeMilestone", "reportProgress", ...(extension ? (["requestExtension"] as const) : [])],
  sfj_officer: ["completeMilestone", "reportProgress"],
  scj_officer: ["reportProgress"],
});
const june = noonIn("2030-06-01");
const SCENARIOS: TScenario[] = [
  {
    name: "draft",
    status: "draft",
    now: june,
    allowed: { supervisor: ["publish", ...supervising], leader: ["writeInstruction"], sfj_head: "hidden", sfj_officer: "hidden", scj_officer: "hidden" },
  },
  {
    name: "assigned",
    status: "assigned",
    now: june,
    allowed: { supervisor: supervising, leader: ["writeInstruction"], sfj_head: ["accept", "decline", ...manage, "requestExtension"], sfj_officer: ["accept"], scj_officer: [] },
  },
  { name: "in_progress", status: "in_progress", now: june, allowed: working(true, false) },
  {
    name: "submitted",
    status: "submitted",
    now: june,
    allowed: { supervisor: ["approve", "reject", ...supervising], leader: ["writeInstruction"], sfj_head: [...manage, "requestExtension"], sfj_officer: [], scj_officer: [] },
  },
  { name: "completed", status: "completed", now: june, allowed: { supervisor: ["reopen"], leader: ["writeInstruction"], sfj_head: [], sfj_officer: [], scj_officer: [] } },
  { name: "cancelled", status: "cancelled", now: june, allowed: { supervisor: [], leader: ["writeInstruction"], sfj_head: [], sfj_officer: [], scj_officer: [] } },
  { name: "in_progress, extension pending", status: "in_progress", now: june, extensions: "pending", allowed: working(false, true) },
  { name: "in_progress, extensions used up", status: "in_progress", now: june, extensions: "exhausted", allowed: working(false, false) },
  { name: "in_progress, past its due date", status: "in_progress", now: noonIn("2030-07-02"), allowed: working(false, false) },
];

type TFixture = { task: TTask; requestId: string | null; milestoneId: string };

async function build(scenario: TScenario): Promise<TFixture> {
  const scj = await departmentId("区市场监督管理局");
  let task = await makeTask(scenario.status, { dueDate: DUE, cooperatingDepartmentIds: [scj], milestones: [{ title: "节点一", dueDate: null }] });
  const head = await actorFor("sfj_head");
  const supervisor = await actorFor("supervisor");
  let requestId: string | null = null;
  const rounds = scenario.extensions === "pending" ? 1 : scenario.extensions === "exhausted" ? getEnv().EXTENSION_MAX_REQUESTS : 0;
  for (let i = 0; i < rounds; i++) {
    const request = await requestExtension(head, { id: task.id, requestedDueDate: `2030-0${7 + i}-15`, reason: "需要更多时间" }, noonIn("2030-06-01"));
    requestId = request.id;
    if (scenario.extensions === "exhausted") await decideExtension(supervisor, { id: request.id, approve: false, reason: "理由不足" });
  }
  [task] = await (await getDb()).select().from(tasks).where(eq(tasks.id, task.id)) as [TTask];
  const [milestone] = await (await getDb()).select().from(milestones).where(eq(milestones.taskId, task.id));
  return { task, requestId, milestoneId: milestone!.id };
}

async function attempt(capability: TTaskCapability, actor: TActor, { task, requestId, milestoneId }: TFixture, now: Date): Promise<unknown> {
  const { id, version } = task;
  if ((TASK_ACTIONS as readonly string[]).includes(capability)) {
    return transitionTask(actor, { id, version, action: capability as TTaskAction, reason: "理由" });
  }
  switch (capability) {
    case "edit": {
      const lead = await departmentId("区司法局");
      const cooperating = [await departmentId("区市场监督管理局")];
      return updateTask(actor, ZTaskUpdateSchema.parse({ id, version, title: task.title, leadDepartmentId: lead, cooperatingDepartmentIds: cooperating, dueDate: task.dueDate }));
    }
    case "setOwner":
      return setTaskOwner(actor, { id, version, ownerId: (await userRow("sfj_officer")).id });
    case "addMilestone":
      return addMilestone(actor, { id, version, title: "节点二", dueDate: null });
    case "completeMilestone":
      return completeMilestone(actor, { id, version, milestoneId });
    case "reportProgress":
      return reportProgress(actor, { id, version, percent: 70, note: "推进中", attachmentIds: [] });
    case "requestExtension":
      return requestExtension(actor, { id, version, requestedDueDate: "2030-12-31", reason: "需要更多时间" }, now);
    case "decideExtension":
      return decideExtension(actor, { id: requestId!, approve: true, reason: null });
    case "writeInstruction":
      return writeInstruction(actor, { taskId: id, noticeId: null, content: "抓紧推进" });
    // A prepared 办结申请 (no scenario here has a report, so none may be prepared; tests/integration/prepared-completion.test.ts walks one).
    case "prepareCompletion":
      return prepareCompletion(actor, { id, version, note: "已完成", attachmentIds: [] });
    case "submitPrepared":
      return submitPreparedCompletion(actor, { id, version });
    case "discardCompletion":
      return discardCompletion(actor, { id, version, reason: null });
    default:
      throw new Error(`no attempt for ${capability}`);
  }
}

/** How the service answered: "ok", or the refusal's code and message key. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return `${error.code}:${error.messageKey}`;
    throw error;
  }
}

describe("task capabilities match the services", () => {
  for (const scenario of SCENARIOS) {
    it(`agrees in every cell: ${scenario.name}`, async () => {
      const mismatches: string[] = [];
      const today = todayIn(getEnv().APP_TIMEZONE, scenario.now);
      for (const account of ACCOUNTS) {
        const actor = await actorFor(account);
        const shared = await build(scenario);
        const db = await getDb();
        const caps = await loadTaskForActor(db, actor, shared.task.id).then((loaded) => loadedTaskCapabilities(actor, loaded, today), () => null);
        for (const capability of CHECKED) {
          if (capability === "decideExtension" && !shared.requestId) continue;
          const cap = caps?.[capability];
          const expected = !cap ? "hidden" : cap.allowed ? "ok" : `${cap.reason.code}:${cap.reason.message}`;
          const fixture = expected === "ok" ? await build(scenario) : shared;
          const got = await outcome(attempt(capability, actor, fixture, scenario.now));
          // A task outside the actor's scope is not found (or, for a role that may never act, forbidden before loading).
          const agrees = expected === "hidden" ? got === "NOT_FOUND:taskNotFound" || got === "FORBIDDEN:forbidden" : got === expected;
          if (!agrees) mismatches.push(`${account} ${capability}: capability ${expected}, service ${got}`);
          const spec = scenario.allowed[account];
          const specified = spec === "hidden" ? "hidden" : spec.includes(capability) ? "ok" : "refused";
          const offered = expected === "hidden" || expected === "ok" ? expected : "refused";
          if (specified !== offered) mismatches.push(`${account} ${capability}: specification ${specified}, capability ${expected}`);
        }
        const [after] = await db.select({ version: tasks.version }).from(tasks).where(eq(tasks.id, shared.task.id));
        if (after!.version !== shared.task.version) mismatches.push(`${account}: a refused attempt changed the task`);
      }
      expect(mismatches).toEqual([]);
    }, 120_000);
  }
});
