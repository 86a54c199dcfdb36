import type { Sql } from "postgres";
import { assessmentScores } from "@/db/queries/assessment-scores";
import { departmentRanking } from "@/db/queries/cockpit/department-ranking";
import { cockpitOverview } from "@/db/queries/cockpit/overview";
import { sectionCompletion } from "@/db/queries/cockpit/section-completion";
import { weeklyTrend } from "@/db/queries/cockpit/weekly-trend";
import { listTaskPage, listTasks } from "@/db/queries/tasks/list-tasks";
import { getTaskDetail } from "@/db/queries/tasks/task-detail";
import { loadTaskParts } from "@/db/queries/tasks/task-parts";
import { assessmentRules } from "@/lib/assessment-rules";
import type { TWarningContext } from "@/lib/domain/warning";
import { DEFAULT_PAGE_SIZE } from "@/lib/pagination";
import { reportProgress } from "@/lib/services/tasks/report-progress";
import type { TScenarioName } from "./args";
import type { TBenchFixtures } from "./fixtures";
import type { THttpRequest } from "./http";
import { captureStatements, replay, withParam } from "./raw-sql";

export type TClients = { app: Sql; replay: Sql };

export type TScenario = {
  name: TScenarioName;
  endpoint: string;
  /** Absent for the reads that only a page serves (no /api/v1 route): raw side only. */
  http?: (k: number) => THttpRequest;
  onAnswer?: (k: number, status: number, body: string) => void;
  /** The raw side's operation k (built once per run: captures statements first). */
  /** Captures on the app's own client (the query modules use it), replays on a pool of the run's size. */
  prepareRaw: (clients: TClients) => Promise<(k: number) => Promise<"ok" | "conflict">>;
};

// The scale supervisor's roles: the cockpit figures are read as a supervisor would.
const SUPERVISOR_ROLES = { roles: ["supervisor"] } as const;

export const PROGRESS_NOTE = "本周完成阶段性工作，已按节点推进并整理佐证材料。";

/**
 * The requests of the bench. Each HTTP side is what the route handler
 * serves (app/api/v1/…); each raw side is the same query code the handler
 * calls (list-tasks, task-detail, cockpit), its statements captured and
 * replayed on postgres.js. The write cannot be replayed (its audit event's
 * hash depends on the row before it), so its raw side calls the service
 * itself in-process: same SQL, no HTTP, no Next, no token check.
 */
export function benchScenarios(f: TBenchFixtures, tokens: { supervisor: string; supervisorCookie: string; byActor: Map<string, string> }, context: TWarningContext): TScenario[] {
  const listFilter = { limit: 50, sort: "due" as const };
  const get = (path: string): THttpRequest => ({ method: "GET", path, token: tokens.supervisor });
  const fixed = (call: () => Promise<unknown>) => async (clients: TClients) => {
    const statements = await captureStatements(clients.app, call);
    return () => replay(clients.replay, statements);
  };
  const target = (k: number) => f.progress[k % f.progress.length]!;
  return [
    {
      name: "overdue",
      endpoint: "GET /tasks?overdue=true",
      http: () => get("/api/v1/tasks?overdue=true"),
      prepareRaw: fixed(() => listTaskPage(f.supervisor, { ...listFilter, overdue: true }, context)),
    },
    {
      name: "department",
      endpoint: "GET /tasks?departmentId=…",
      http: () => get(`/api/v1/tasks?departmentId=${f.departmentId}`),
      prepareRaw: fixed(() => listTaskPage(f.supervisor, { ...listFilter, departmentId: f.departmentId }, context)),
    },
    {
      name: "detail",
      endpoint: `GET /tasks/{id} (${f.detailIds.length} ids)`,
      http: (k) => get(`/api/v1/tasks/${f.detailIds[k % f.detailIds.length]}`),
      prepareRaw: async (clients) => {
        const first = f.detailIds[0]!;
        const statements = await captureStatements(clients.app, () => getTaskDetail(f.supervisor, first, context));
        return (k) => replay(clients.replay, withParam(statements, first, f.detailIds[k % f.detailIds.length]));
      },
    },
    {
      name: "progress",
      endpoint: `POST /tasks/{id}/progress (${f.progress.length} tasks)`,
      http: (k) => {
        const t = target(k);
        return {
          method: "POST",
          path: `/api/v1/tasks/${t.taskId}/progress`,
          token: tokens.byActor.get(t.officer.id)!,
          body: { percent: Math.min(99, t.progress + 1), note: PROGRESS_NOTE, version: t.version },
        };
      },
      onAnswer: (k, status, body) => {
        if (status !== 200) return;
        const task = JSON.parse(body) as { version: number; progress: number };
        Object.assign(target(k), { version: task.version, progress: task.progress });
      },
      prepareRaw: async () => async (k) => {
        const t = target(k);
        try {
          const { task } = await reportProgress(t.officer, { id: t.taskId, version: t.version, percent: Math.min(99, t.progress + 1), note: PROGRESS_NOTE, attachmentIds: [] });
          // As the route does: the answer carries the task's departments, milestones and indicators.
          await loadTaskParts(task.id);
          Object.assign(t, { version: task.version, progress: task.progress });
          return "ok";
        } catch (error) {
          if ((error as { code?: string }).code === "CONFLICT") return "conflict";
          throw error;
        }
      },
    },
    {
      name: "dashboard",
      endpoint: "GET /dashboard/overview",
      http: () => get("/api/v1/dashboard/overview"),
      prepareRaw: fixed(() => Promise.all([cockpitOverview(SUPERVISOR_ROLES, context), departmentRanking(SUPERVISOR_ROLES, context)])),
    },
    {
      // The signed-in 全部任务 page as a browser loads it (HTML with its streamed rows); the raw side is its list query.
      name: "page",
      endpoint: "GET /tasks (HTML page)",
      http: () => ({ method: "GET", path: "/tasks", token: "", cookie: tokens.supervisorCookie }),
      prepareRaw: fixed(() => listTasks(f.supervisor, { limit: DEFAULT_PAGE_SIZE }, context)),
    },
    {
      name: "assessment",
      endpoint: "考核 scores, this year (page /assessment; no API)",
      prepareRaw: fixed(() => assessmentScores(f.supervisor, Number(context.today.slice(0, 4)), context, assessmentRules())),
    },
    {
      name: "cockpit-cards",
      endpoint: "cockpit section completion + 12-week trend (page; no API)",
      prepareRaw: fixed(() => Promise.all([sectionCompletion(SUPERVISOR_ROLES, context), weeklyTrend(SUPERVISOR_ROLES, context)])),
    },
  ];
}
