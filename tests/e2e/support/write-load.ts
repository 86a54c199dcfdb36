import { sendJson, type TReply } from "./http-client";

export type TAckedProgress = { taskId: string; note: string };
export type TAckedNotice = { id: string; number: string; content: string };
export type TLoadResult = { progress: TAckedProgress[]; notices: TAckedNotice[]; outcomes: Record<string, number> };

export const newLoadResult = (): TLoadResult => ({ progress: [], notices: [], outcomes: {} });

export type TLoadPlan = {
  /** Filled in as answers arrive (the caller may look while the load runs). */
  result: TLoadResult;
  base: string;
  run: string;
  officerToken: string;
  supervisorToken: string;
  taskIds: readonly string[];
  departmentId: string;
  responseDueDate: string;
  noticeWorkers: number;
  until: () => boolean;
};

/**
 * Writes in parallel until `until()`: one progress writer per task (each
 * sends the version it last saw, and re-reads it after any answer but 2xx)
 * and a few writers issuing numbered notices. Only 2xx answers count as
 * acknowledged; an error, a 502 or a dropped connection leaves the write's
 * fate unknown, which is allowed (the client was not told it succeeded).
 */
export async function runWriteLoad(plan: TLoadPlan): Promise<TLoadResult> {
  const { result } = plan;
  const tally = (outcome: string) => (result.outcomes[outcome] = (result.outcomes[outcome] ?? 0) + 1);
  const attempt = async (write: () => Promise<TReply>): Promise<TReply | null> => {
    try {
      const reply = await write();
      tally(String(reply.status));
      return reply;
    } catch {
      tally("no answer");
      await new Promise((r) => setTimeout(r, 100));
      return null;
    }
  };

  const versionOf = async (taskId: string): Promise<number | null> => {
    const reply = await attempt(() => sendJson(plan.base, "GET", `/api/v1/tasks/${taskId}`, undefined, plan.officerToken)).catch(() => null);
    return reply?.status === 200 ? reply.json<{ version: number }>().version : null;
  };

  const progressWriter = async (taskId: string) => {
    let version = await versionOf(taskId);
    for (let i = 0; !plan.until(); i++) {
      if (version === null) {
        version = await versionOf(taskId);
        continue;
      }
      const note = `${plan.run} ${taskId.slice(0, 8)} #${i}`;
      const reply = await attempt(() => sendJson(plan.base, "POST", `/api/v1/tasks/${taskId}/progress`, { percent: 10 + (i % 80), note, version }, plan.officerToken));
      if (reply?.status === 200) {
        result.progress.push({ taskId, note });
        version = reply.json<{ version: number }>().version;
      } else {
        version = await versionOf(taskId);
      }
    }
  };

  const noticeWriter = async (writer: number) => {
    for (let i = 0; !plan.until(); i++) {
      const content = `${plan.run} 督办 ${writer}-${i}：请按期反馈整改情况`;
      const body = { kind: "supervise", departmentId: plan.departmentId, taskIds: [plan.taskIds[i % plan.taskIds.length]], content, responseDueDate: plan.responseDueDate };
      const reply = await attempt(() => sendJson(plan.base, "POST", "/api/v1/notices", body, plan.supervisorToken));
      if (reply?.status === 201) {
        const notice = reply.json<{ id: string; number: string }>();
        result.notices.push({ id: notice.id, number: notice.number, content });
      }
    }
  };

  await Promise.all([...plan.taskIds.map(progressWriter), ...Array.from({ length: plan.noticeWorkers }, (_, w) => noticeWriter(w))]);
  return result;
}
