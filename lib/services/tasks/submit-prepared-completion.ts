import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { clock } from "@/lib/clock";
import type { TActor } from "@/lib/domain/actor";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/services/transaction";
import type { ZSubmitPreparedSchema } from "@/lib/validation/completion-drafts";
import type { z } from "@/lib/validation/zod";
import { closeOpenDraft } from "./completion-drafts";
import { assertTaskCapability, assertTaskRole } from "./task-capability";
import { transitionTask } from "./transition-task";

/**
 * 一键提交: the head submits the 联络员's prepared 办结申请 as it stands. It is 申请办结 itself
 * (transitionTask, joined as a savepoint of this transaction), so every rule of 申请办结
 * applies once; the draft is marked submitted in the same transaction and keeps its evidence.
 */
export async function submitPreparedCompletion(actor: TActor, input: z.output<typeof ZSubmitPreparedSchema>) {
  assertTaskRole(actor, "submitPrepared");
  return inTransaction(async (tx) => {
    const loaded = await loadTaskForActor(tx, actor, input.id, { lock: true });
    assertTaskCapability(actor, loaded, "submitPrepared");
    const draft = await closeOpenDraft(tx, loaded.task.id, "submitted", actor.id, clock.now());
    // The capability saw an open draft under the task's lock: none here is a broken invariant, not a race.
    if (!draft) throw new AppError("CONFLICT", "noCompletionDraft");
    const task = await transitionTask(actor, { id: input.id, version: input.version, action: "submit", reason: draft.note }, { draftId: draft.id, preparedBy: draft.preparedBy });
    return { task, draft };
  });
}
