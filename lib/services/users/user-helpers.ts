import { and, eq } from "drizzle-orm";
import { updateAtVersion } from "@/lib/services/versioned-update";
import type { Tx } from "@/db";
import { departments, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { passwordContainsAccount } from "@/lib/domain/password-policy";
import { AppError } from "@/lib/errors";
import { isUniqueViolation, pgConstraint } from "@/lib/services/db-errors";

/** A user may only be placed in a department that exists and is active. */
export async function assertDepartmentUsable(tx: Tx, departmentId: string | null): Promise<void> {
  if (!departmentId) return;
  const [row] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.id, departmentId), eq(departments.isActive, true)));
  if (!row) {
    throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { departmentId: ["departmentUnknown"] } });
  }
}

/**
 * The rules a new password meets beyond its form (lib/domain/password-policy):
 * not the account name inside it, and not the current password again
 * (a history of one). Refused as a field error on `password`.
 */
export async function assertNewPasswordAllowed(password: string, user: { account: string; passwordHash: string | null }): Promise<void> {
  const problem = passwordContainsAccount(password, user.account)
    ? "password_containsAccount"
    : user.passwordHash && (await verifyPassword(user.passwordHash, password))
      ? "password_unchanged"
      : null;
  if (problem) throw new AppError("VALIDATION", "validationFailed", { fieldErrors: { password: [problem] } });
}

/** Unique account and phone violations become field errors beside the right field. */
export function mapUserUniqueViolation(error: unknown): unknown {
  if (!isUniqueViolation(error)) return error;
  const field = pgConstraint(error)?.includes("phone") ? "phone" : "account";
  return new AppError("VALIDATION", "validationFailed", {
    fieldErrors: { [field]: [field === "phone" ? "phoneTaken" : "accountTaken"] },
  });
}

type TUserChanges = Partial<typeof users.$inferInsert>;

/** Loads the row for the audit's "before", then updates it only at the expected version. */
export async function updateUserVersioned(tx: Tx, id: string, version: number, changes: TUserChanges) {
  const [before] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  if (!before) throw new AppError("NOT_FOUND", "notFound");
  return { before, after: await updateAtVersion(tx, users, id, version, changes) };
}

/** What an audit event may say about a user: never the password hash. */
export function publicUserFields(user: typeof users.$inferSelect) {
  return {
    account: user.account,
    name: user.name,
    phone: user.phone,
    departmentId: user.departmentId,
    roles: user.roles,
    status: user.status,
  };
}
