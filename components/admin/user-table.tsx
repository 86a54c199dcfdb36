import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/shell/empty-state";
import { Pager } from "@/components/shell/pager";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import type { TPagingLinks } from "@/lib/pagination";
import type { TUserListItem } from "@/db/queries/users";
import type { TUserStatus } from "@/lib/domain/codes";
import { RegistrationDecision } from "./registration-decision";
import { ResetPasswordDialog } from "./reset-password-dialog";
import { UserFormDialog } from "./user-form-dialog";
import { UserStatusButton } from "./user-status-button";
import { clock } from "@/lib/clock";

const STATUS_TONE: Record<TUserStatus, "green" | "yellow" | "grey" | "red"> = {
  active: "green",
  pending: "yellow",
  disabled: "grey",
  rejected: "red",
};

export async function UserTable({
  users,
  departments,
  currentUserId,
  paging,
}: {
  users: TUserListItem[];
  departments: { id: string; name: string }[];
  currentUserId: string;
  paging: TPagingLinks;
}) {
  const t = await getTranslations("admin");
  const tr = await getTranslations("roles");
  const ts = await getTranslations("userStatuses");
  const format = await getFormatter();
  if (users.length === 0) return <EmptyState title={t("noUsers")} />;
  const now = clock.now();
  return (
    <div className="grid gap-2">
      <DataTable
        rows={users}
        rowKey={(u) => u.id}
        rowProps={(u) => ({ "data-account": u.account })}
        caption={t("users")}
        columns={[
          { key: "account", header: t("account"), className: "font-mono text-xs", cell: (u) => u.account },
          {
            key: "name",
            header: t("name"),
            card: "title",
            cell: (u) => (
              <>
                {u.name}
                {u.registrationNote ? <p className="text-xs font-normal text-muted-foreground">{u.registrationNote}</p> : null}
              </>
            ),
          },
          { key: "phone", header: t("phone"), hideBelow: "md", cell: (u) => u.phone ?? "—" },
          { key: "department", header: t("department"), cell: (u) => u.departmentName ?? "—" },
          { key: "roles", header: t("roles"), cell: (u) => u.roles.map((r) => tr(r)).join("、") || "—" },
          {
            key: "status",
            header: t("status"),
            cell: (u) => (
              <span className="inline-flex flex-wrap gap-1">
                <Badge tone={STATUS_TONE[u.status]}>{ts(u.status)}</Badge>
                {u.lockedUntil && u.lockedUntil > now ? (
                  <Badge tone="red" title={format.dateTime(u.lockedUntil, { dateStyle: "medium", timeStyle: "short" })}>
                    {t("locked")}
                  </Badge>
                ) : null}
              </span>
            ),
          },
          {
            key: "actions",
            header: t("actions"),
            className: "text-right",
            card: "plain",
            cell: (u) => (
              <div className="flex flex-wrap justify-end gap-1 max-sm:justify-start">
                {u.status === "pending" ? (
                  <RegistrationDecision user={u} departments={departments} />
                ) : u.status === "rejected" ? null : (
                  <>
                    <UserFormDialog
                      mode="edit"
                      departments={departments}
                      user={{ id: u.id, version: u.version, name: u.name, phone: u.phone, departmentId: u.departmentId, roles: u.roles, account: u.account }}
                    />
                    <ResetPasswordDialog user={{ id: u.id, version: u.version, account: u.account }} />
                    {u.id === currentUserId ? null : <UserStatusButton user={{ id: u.id, version: u.version, account: u.account, status: u.status }} />}
                  </>
                )}
              </div>
            ),
          },
        ]}
      />
      <Pager links={paging} />
    </div>
  );
}
