import { eq } from "drizzle-orm";
import { updateAtVersion } from "@/lib/services/versioned-update";
import { departments } from "@/db/schema";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { isUniqueViolation } from "@/lib/services/db-errors";
import { inTransaction } from "@/lib/services/transaction";
import type { ZDepartmentActiveSchema, ZDepartmentUpdateSchema } from "@/lib/validation/departments";
import type { z } from "@/lib/validation/zod";
import { nameTaken } from "./create-department";

type TChanges = Partial<Pick<typeof departments.$inferInsert, "name" | "kind" | "sortOrder" | "isActive">>;

async function updateDepartmentRow(actor: TActor, id: string, version: number, changes: TChanges, action: "department.update" | "department.activate" | "department.deactivate") {
  assertCan(actor, "department:manage");
  try {
    return await inTransaction(async (tx) => {
      const [before] = await tx.select().from(departments).where(eq(departments.id, id)).for("update");
      if (!before) throw new AppError("NOT_FOUND", "notFound");
      const after = await updateAtVersion(tx, departments, id, version, changes);
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action,
        entityType: "department",
        entityId: id,
        data: { before: pick(before, changes), after: changes },
        ip: actor.ip,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

function pick(row: Record<string, unknown>, changes: TChanges): Record<string, unknown> {
  return Object.fromEntries(Object.keys(changes).map((k) => [k, row[k]]));
}

export function updateDepartment(actor: TActor, input: z.output<typeof ZDepartmentUpdateSchema>) {
  const { id, version, ...changes } = input;
  return updateDepartmentRow(actor, id, version, changes, "department.update");
}

/** Deactivating keeps the department's history; it only leaves pickers. */
export function setDepartmentActive(actor: TActor, input: z.output<typeof ZDepartmentActiveSchema>) {
  return updateDepartmentRow(
    actor,
    input.id,
    input.version,
    { isActive: input.isActive },
    input.isActive ? "department.activate" : "department.deactivate",
  );
}
