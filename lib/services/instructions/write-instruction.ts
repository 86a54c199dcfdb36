import { instructions, taskDepartments } from "@/db/schema";
import { eq } from "drizzle-orm";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { loadNoticeForActor } from "@/db/queries/notices/load-notice";
import { noticeRecipientIds } from "@/lib/services/notices/notice-recipients";
import { departmentUserIds, notifyUsers } from "@/lib/services/notifications/notify";
import { loadTaskForActor } from "@/db/queries/tasks/load-task";
import { inTransaction } from "@/lib/services/transaction";
import { assertTaskCapability } from "@/lib/services/tasks/task-capability";
import type { ZInstructionSchema } from "@/lib/validation/notices";
import type { z } from "@/lib/validation/zod";

/** 领导批示 on a task or a notice: it joins the timeline and the departments concerned are told. */
export async function writeInstruction(actor: TActor, input: z.output<typeof ZInstructionSchema>) {
  assertCan(actor, "instruction:write");
  return inTransaction(async (tx) => {
    let departmentId: string | null = null;
    let recipients: string[] = [];
    let link: string;
    let title: string;
    if (input.taskId) {
      const loaded = await loadTaskForActor(tx, actor, input.taskId);
      assertTaskCapability(actor, loaded, "writeInstruction");
      departmentId = loaded.leadDepartmentId;
      const involved = await tx.select({ id: taskDepartments.departmentId }).from(taskDepartments).where(eq(taskDepartments.taskId, input.taskId));
      recipients = await departmentUserIds(tx, involved.map((d) => d.id));
      link = `/tasks/${input.taskId}`;
      title = loaded.task.title;
    } else {
      const notice = await loadNoticeForActor(tx, actor, input.noticeId!);
      departmentId = notice.departmentId;
      recipients = await noticeRecipientIds(tx, notice);
      link = `/notices/${notice.id}`;
      title = notice.number ?? notice.title;
    }
    const [instruction] = await tx
      .insert(instructions)
      .values({ authorId: actor.id, taskId: input.taskId, noticeId: input.noticeId, departmentId, content: input.content })
      .returning();
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: "instruction.write",
      entityType: input.taskId ? "task" : "notice",
      entityId: input.taskId ?? input.noticeId,
      data: { instructionId: instruction!.id, content: input.content },
      ip: actor.ip,
    });
    await notifyUsers(tx, recipients, { kind: "instruction", title, body: input.content.slice(0, 200), link }, actor.id);
    return instruction!;
  });
}
