import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { NOTHING_REVOKED, revokeUserSessions } from "@/lib/services/auth/revoke-sessions";
import { inTransaction } from "@/lib/services/transaction";
import type { ZUserUpdateSchema } from "@/lib/validation/users";
import type { z } from "@/lib/validation/zod";
import { assertDepartmentUsable, mapUserUniqueViolation, publicUserFields, updateUserVersioned } from "./user-helpers";

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Changing roles or department ends the user's sessions: new rights start with a new sign-in. */
export async function updateUser(actor: TActor, input: z.output<typeof ZUserUpdateSchema>) {
  assertCan(actor, "user:manage");
  try {
    return await inTransaction(async (tx) => {
      await assertDepartmentUsable(tx, input.departmentId);
      const { before, after } = await updateUserVersioned(tx, input.id, input.version, {
        name: input.name,
        phone: input.phone,
        departmentId: input.departmentId,
        roles: input.roles,
      });
      const rightsChanged = !sameSet(before.roles, after.roles) || before.departmentId !== after.departmentId;
      const revoked = rightsChanged ? await revokeUserSessions(tx, after.id) : NOTHING_REVOKED;
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "user.update",
        entityType: "user",
        entityId: after.id,
        data: { before: publicUserFields(before), after: publicUserFields(after), ...revoked },
        ip: actor.ip,
      });
      return after;
    });
  } catch (error) {
    throw mapUserUniqueViolation(error);
  }
}
