import { departments } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { inTransaction } from "@/lib/services/transaction";
import type { ZDepartmentCreateSchema } from "@/lib/validation/departments";
import type { z } from "@/lib/validation/zod";

export const nameTaken = () => new AppError("VALIDATION", "validationFailed", { fieldErrors: { name: ["nameTaken"] } });

export async function createDepartment(actor: TActor, input: z.output<typeof ZDepartmentCreateSchema>) {
  assertCan(actor, "department:manage");
  try {
    return await inTransaction(async (tx) => {
      const [department] = await tx.insert(departments).values(input).returning();
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "department.create",
        entityType: "department",
        entityId: department!.id,
        data: input,
        ip: actor.ip,
      });
      return department!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
