import type { TActor } from "@/lib/domain/actor";
import type { z } from "@/lib/validation/zod";
import type { ZApiMe } from "../schemas/people";

/** The caller as the API names it: `login` is the account name. */
export function toApiMe(actor: Pick<TActor, "id" | "account" | "name" | "roles" | "departmentId">): z.input<typeof ZApiMe> {
  return { id: actor.id, login: actor.account, name: actor.name, roles: actor.roles, departmentId: actor.departmentId };
}
