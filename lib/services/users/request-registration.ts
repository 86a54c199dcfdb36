import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { TRequestContext } from "@/lib/domain/actor";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { consume, ipKey } from "@/lib/rate-limit/throttle";
import { inTransaction } from "@/lib/services/transaction";
import type { ZRegistrationSchema } from "@/lib/validation/auth";
import type { z } from "@/lib/validation/zod";
import { assertDepartmentUsable, assertNewPasswordAllowed, mapUserUniqueViolation } from "./user-helpers";

/**
 * 立即注册: anyone may ask for an account. It is created pending, with no
 * roles, and cannot sign in until an admin approves it. A taken account name
 * or phone is not refused here (the answer would tell who has an account):
 * the request is stored all the same, and its approval is refused on the
 * conflict (decideRegistration), where the admin sees it.
 */
export async function requestRegistration(input: z.output<typeof ZRegistrationSchema>, context: TRequestContext) {
  await consume("registerIp", ipKey(context.ip));
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
          roles: [],
          status: "pending",
          passwordHash,
          registrationNote: input.note,
        })
        .returning({ id: users.id });
      await appendAuditEvent(tx, {
        actorId: null,
        action: "user.register",
        entityType: "user",
        entityId: user!.id,
        data: { account: input.account, name: input.name, departmentId: input.departmentId },
        ip: context.ip,
      });
      return { id: user!.id };
    });
  } catch (error) {
    throw mapUserUniqueViolation(error);
  }
}
