import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/shell/empty-state";
import { NextPageLink } from "@/components/shell/next-page-link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
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
  nextHref,
}: {
  users: TUserListItem[];
  departments: { id: string; name: string }[];
  currentUserId: string;
  nextHref: string | null;
}) {
  const t = await getTranslations("admin");
  const tr = await getTranslations("roles");
  const ts = await getTranslations("userStatuses");
  const format = await getFormatter();
  if (users.length === 0) return <EmptyState title={t("noUsers")} />;
  const now = clock.now();
  return (
    <div className="grid gap-2">
      <Table>
        <thead>
          <tr>
            <Th>{t("account")}</Th>
            <Th>{t("name")}</Th>
            <Th className="hidden md:table-cell">{t("phone")}</Th>
            <Th>{t("department")}</Th>
            <Th>{t("roles")}</Th>
            <Th>{t("status")}</Th>
            <Th className="text-right">{t("actions")}</Th>
          </tr>
        </thead>
        <tbody className="bg-background">
          {users.map((u) => {
            const locked = u.lockedUntil && u.lockedUntil > now;
            return (
              <tr key={u.id} data-account={u.account}>
                <Td className="font-mono text-xs">{u.account}</Td>
                <Td>
                  {u.name}
                  {u.registrationNote ? <p className="text-xs text-muted-foreground">{u.registrationNote}</p> : null}
                </Td>
                <Td className="hidden md:table-cell">{u.phone ?? "—"}</Td>
                <Td>{u.departmentName ?? "—"}</Td>
                <Td>{u.roles.map((r) => tr(r)).join("、") || "—"}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    <Badge tone={STATUS_TONE[u.status]}>{ts(u.status)}</Badge>
                    {locked ? (
                      <Badge tone="red" title={format.dateTime(u.lockedUntil!, { dateStyle: "medium", timeStyle: "short" })}>
                        {t("locked")}
                      </Badge>
                    ) : null}
                  </div>
                </Td>
                <Td>
                  <div className="flex flex-wrap justify-end gap-1">
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
                        {u.id === currentUserId ? null : (
                          <UserStatusButton user={{ id: u.id, version: u.version, account: u.account, status: u.status }} />
                        )}
                      </>
                    )}
                  </div>
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <NextPageLink href={nextHref} label={t("nextPage")} />
    </div>
  );
}
