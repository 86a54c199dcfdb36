import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZDecideRegistrationSchema } from "@/lib/validation/users";
import type { z } from "@/lib/validation/zod";
import { isUniqueViolation, pgConstraint } from "@/lib/services/db-errors";
import { assertDepartmentUsable, updateUserVersioned } from "./user-helpers";

/** Approve (with roles and department) or reject a pending registration. */
export async function decideRegistration(actor: TActor, input: z.output<typeof ZDecideRegistrationSchema>) {
  assertCan(actor, "registration:decide");
  return inTransaction(async (tx) => {
    // A pending request may name an account or phone taken meanwhile (or from the start).
    if (input.approve) await assertDepartmentUsable(tx, input.departmentId);
    const { before, after } = await updateUserVersioned(
      tx,
      input.id,
      input.version,
      input.approve
        ? { status: "active", roles: input.roles, departmentId: input.departmentId }
        : { status: "rejected" },
    );
    if (before.status !== "pending") throw new AppError("CONFLICT", "registrationAlreadyDecided");
    await appendAuditEvent(tx, {
      actorId: actor.id,
      action: input.approve ? "user.registration_approve" : "user.registration_reject",
      entityType: "user",
      entityId: after.id,
      data: input.approve ? { roles: input.roles, departmentId: input.departmentId } : {},
      ip: actor.ip,
    });
    return after;
  }).catch((error: unknown) => {
    // The request names an account or phone an existing user has: said to the
    // admin in words (the decision dialog has no such field to mark).
    if (!isUniqueViolation(error)) throw error;
    throw new AppError("CONFLICT", pgConstraint(error)?.includes("phone") ? "registrationPhoneTaken" : "registrationAccountTaken");
  });
}
