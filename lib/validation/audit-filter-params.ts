import type { TAuditFilter } from "@/db/queries/audit-events";
import { AUDIT_CATEGORIES } from "@/lib/domain/audit-categories";
import { isIsoDate } from "@/lib/domain/calendar";
import { oneParam } from "./common";

const ACCOUNT = /^[a-z0-9][a-z0-9_.-]{0,31}$/;

/** The audit viewer's URL parameters, leniently: anything malformed is dropped, never an error page. */
export function parseAuditFilterParams(params: Record<string, string | string[] | undefined>): TAuditFilter {
  const one = (key: string) => {
    return oneParam(params[key])?.trim() ?? "";
  };
  const category = one("category");
  const account = one("account").toLowerCase();
  const before = Number(one("before"));
  const day = (key: string) => (isIsoDate(one(key)) ? one(key) : undefined);
  return {
    category: (AUDIT_CATEGORIES as readonly string[]).includes(category) ? (category as TAuditFilter["category"]) : undefined,
    account: ACCOUNT.test(account) ? account : undefined,
    from: day("from"),
    to: day("to"),
    entityId: one("entity").slice(0, 64) || undefined,
    before: Number.isSafeInteger(before) && before > 0 ? before : undefined,
  };
}
