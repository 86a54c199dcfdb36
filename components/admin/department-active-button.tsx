"use client";

import { useTranslations } from "next-intl";
import { setDepartmentActiveAction } from "@/app/(app)/admin/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";

export function DepartmentActiveButton({ department }: { department: { id: string; version: number; name: string; isActive: boolean } }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const { run, failure, pending } = useActionRunner();
  const toggle = () => run(setDepartmentActiveAction({ id: department.id, version: department.version, isActive: !department.isActive }));
  return (
    <span className="inline-flex items-center gap-1">
      {department.isActive ? (
        <ConfirmDialog
          trigger={
            <Button variant="ghost" size="sm" disabled={pending}>
              {t("deactivate")}
            </Button>
          }
          title={t("deactivateTitle", { name: department.name })}
          description={t("deactivateDescription")}
          confirmLabel={t("deactivate")}
          cancelLabel={tc("cancel")}
          destructive
          onConfirm={toggle}
        />
      ) : (
        <Button variant="ghost" size="sm" disabled={pending} onClick={toggle}>
          {t("activate")}
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
