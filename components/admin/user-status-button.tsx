"use client";

import { useTranslations } from "next-intl";
import { setUserStatusAction } from "@/app/(app)/admin/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { TUserStatus } from "@/lib/domain/codes";

export function UserStatusButton({ user }: { user: { id: string; version: number; account: string; status: TUserStatus } }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const { run, failure, pending } = useActionRunner();
  const isActive = user.status === "active";
  const toggle = () => run(setUserStatusAction({ id: user.id, version: user.version, status: isActive ? "disabled" : "active" }));
  return (
    <span className="inline-flex items-center gap-1">
      {isActive ? (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" size="sm" disabled={pending} aria-label={`${t("disable")} ${user.account}`}>
              {t("disable")}
            </Button>
          }
          title={t("disableTitle", { account: user.account })}
          description={t("disableDescription")}
          confirmLabel={t("disable")}
          cancelLabel={tc("cancel")}
          destructive
          onConfirm={toggle}
        />
      ) : (
        <Button variant="ghost" size="sm" disabled={pending} onClick={toggle} aria-label={`${t("enable")} ${user.account}`}>
          {t("enable")}
        </Button>
      )}
      {failure ? (
        <span role="alert" className="text-xs text-destructive">
          {failure}
        </span>
      ) : null}
    </span>
  );
}
