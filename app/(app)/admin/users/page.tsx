import { forbidden } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserFilters } from "@/components/admin/user-filters";
import { UserFormDialog } from "@/components/admin/user-form-dialog";
import { UserTable } from "@/components/admin/user-table";
import { listActiveDepartments } from "@/db/queries/departments";
import { countPendingRegistrations, listUsers } from "@/db/queries/users";
import { requireActor } from "@/lib/auth/current-actor";
import { USER_STATUSES, type TUserStatus } from "@/lib/domain/codes";
import { can } from "@/lib/domain/permissions";
import { pagingLinks, parsePaging } from "@/lib/pagination";
import { oneParam } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) forbidden();
  const params = await searchParams;
  const requested = oneParam(params.status) ?? "";
  const status = (USER_STATUSES as readonly string[]).includes(requested) ? (requested as TUserStatus) : undefined;
  const q = oneParam(params.q)?.trim().slice(0, 50) || undefined;
  const paging = parsePaging(params, "after");
  const [page, departments, pending] = await Promise.all([
    listUsers(actor, { status, q, after: paging.cursor, limit: paging.size }),
    listActiveDepartments(),
    countPendingRegistrations(actor),
  ]);
  const filter = new URLSearchParams({ ...(status ? { status } : {}), ...(q ? { q } : {}) });
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <UserFilters status={status} q={q} pending={pending} size={paging.size} />
        <UserFormDialog mode="create" departments={departments} />
      </div>
      <UserTable users={page.items} departments={departments} currentUserId={actor.id} paging={pagingLinks("/admin/users", filter, "after", paging, page.nextAfter)} />
    </div>
  );
}
