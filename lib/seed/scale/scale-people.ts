import type { Tx } from "@/db";
import { departments, users } from "@/db/schema";
import { scaleDepartments } from "./scale-departments";
import { scaleUsers } from "./scale-users";

const BATCH = 1000;

/** Departments and accounts as multi-row INSERTs, in batches (one bind parameter list per batch). */
export async function insertScalePeople(tx: Tx, options: { departments: number; users: number; passwordHash: string }) {
  const specs = scaleDepartments(options.departments);
  const inserted = await tx
    .insert(departments)
    .values(specs)
    .returning({ id: departments.id, sortOrder: departments.sortOrder });
  const idByOrder = new Map(inserted.map((d) => [d.sortOrder, d.id]));
  const departmentIds = specs.map((d) => idByOrder.get(d.sortOrder)!);
  const people = scaleUsers(options.departments, options.users);
  for (let start = 0; start < people.length; start += BATCH) {
    await tx.insert(users).values(
      people.slice(start, start + BATCH).map((p) => ({
        account: p.account,
        name: p.name,
        phone: p.phone,
        roles: p.roles,
        status: p.status,
        departmentId: p.department === null ? null : departmentIds[p.department]!,
        passwordHash: options.passwordHash,
        registrationNote: p.status === "pending" ? "新任联络员，申请开通账号报送本单位任务进展。" : null,
      })),
    );
  }
  return { departments: specs.length, users: people.length };
}
