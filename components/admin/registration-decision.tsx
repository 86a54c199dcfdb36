"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { decideRegistrationAction } from "@/app/(app)/admin/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import type { TDecideRegistrationInput } from "@/lib/validation/users";
import { DepartmentSelect } from "@/components/forms/department-select";
import { RoleCheckboxes } from "./role-checkboxes";
import { FormButtons } from "./user-form-dialog";

type TPending = { id: string; version: number; account: string; name: string; departmentId: string | null };

/** 审核通过 (with roles and department, prefilled from the request) or 驳回 (with confirmation). */
export function RegistrationDecision({ user, departments }: { user: TPending; departments: { id: string; name: string }[] }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const [open, setOpen] = useState(false);
  const reject = useActionRunner();
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/users").then((m) => m.ZDecideRegistrationSchema)),
    defaultValues: {
      id: user.id,
      version: user.version,
      approve: true,
      roles: ["dept_officer"],
      departmentId: user.departmentId ?? "",
    } satisfies TDecideRegistrationInput,
  });
  const { onSubmit, failure } = useActionSubmit(form, decideRegistrationAction, () => setOpen(false), t("approved"));
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button size="sm" aria-label={`${t("approve")} ${user.account}`}>
            {t("approve")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("approveTitle", { name: user.name, account: user.account })} closeLabel={tc("close")}>
          <form className="grid gap-3" onSubmit={onSubmit} noValidate>
            <FormField label={t("department")} error={form.formState.errors.departmentId?.message}>
              <DepartmentSelect departments={departments} emptyLabel={t("noDepartment")} {...form.register("departmentId")} />
            </FormField>
            <RoleCheckboxes registration={form.register("roles")} error={form.formState.errors.roles?.message} />
            <FormMessage>{failure}</FormMessage>
            <FormButtons onCancel={() => setOpen(false)} submitting={form.formState.isSubmitting} submitLabel={t("approve")} />
          </form>
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm" disabled={reject.pending} aria-label={`${t("reject")} ${user.account}`}>
            {t("reject")}
          </Button>
        }
        title={t("rejectTitle", { account: user.account })}
        description={t("rejectDescription")}
        confirmLabel={t("reject")}
        cancelLabel={tc("cancel")}
        destructive
        onConfirm={() => reject.run(decideRegistrationAction({ id: user.id, version: user.version, approve: false }), t("rejectedRegistration"))}
      />
      {reject.failure ? (
        <span role="alert" className="text-xs text-destructive">
          {reject.failure}
        </span>
      ) : null}
    </span>
  );
}
