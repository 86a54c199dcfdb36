import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { TActor } from "@/lib/domain/actor";
import { assertCan } from "@/lib/domain/permissions";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import type { ZUserCreateSchema } from "@/lib/validation/users";
import type { z } from "@/lib/validation/zod";
import { assertDepartmentUsable, assertNewPasswordAllowed, mapUserUniqueViolation, publicUserFields } from "./user-helpers";

export async function createUser(actor: TActor, input: z.output<typeof ZUserCreateSchema>) {
  assertCan(actor, "user:manage");
  // Hashing takes tens of milliseconds: do it before the transaction opens.
  await assertNewPasswordAllowed(input.password, { account: input.account, passwordHash: null });
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(async (tx) => {
      await assertDepartmentUsable(tx, input.departmentId);
      const [user] = await tx
        .insert(users)
        .values({
          account: input.account,
          name: input.name,
          phone: input.phone,
          departmentId: input.departmentId,
          roles: input.roles,
          status: "active",
          passwordHash,
        })
        .returning();
      await appendAuditEvent(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "user",
        entityId: user!.id,
        data: publicUserFields(user!),
        ip: actor.ip,
      });
      return user!;
    });
  } catch (error) {
    throw mapUserUniqueViolation(error);
  }
}
