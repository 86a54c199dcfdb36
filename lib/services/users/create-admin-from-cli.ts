import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { appendAuditEvent } from "@/lib/services/audit/append-audit-event";
import { inTransaction } from "@/lib/services/transaction";
import { z } from "@/lib/validation/zod";
import { requiredText, ZAccountName, ZOptionalPhone, ZPassword } from "@/lib/validation/common";
import { assertNewPasswordAllowed, mapUserUniqueViolation } from "./user-helpers";

export const ZCliAdminSchema = z.object({ account: ZAccountName, name: requiredText(50), phone: ZOptionalPhone, password: ZPassword });

/**
 * A real install's first administrator, created from the command line by
 * whoever runs the server (there is no one yet to sign in and do it).
 */
export async function createAdminFromCli(input: z.output<typeof ZCliAdminSchema>) {
  await assertNewPasswordAllowed(input.password, { account: input.account, passwordHash: null });
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ account: input.account, name: input.name, phone: input.phone, roles: ["admin"], status: "active", passwordHash })
        .returning({ id: users.id });
      await appendAuditEvent(tx, {
        actorId: null,
        action: "user.create_admin_cli",
        entityType: "user",
        entityId: user!.id,
        data: { account: input.account, name: input.name },
      });
      return user!;
    });
  } catch (error) {
    throw mapUserUniqueViolation(error);
  }
}
