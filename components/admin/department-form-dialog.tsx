"use client";

import { Pencil, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { createDepartmentAction, updateDepartmentAction } from "@/app/(app)/admin/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { DEPARTMENT_KINDS, type TDepartmentKind } from "@/lib/domain/codes";
import type { TDepartmentCreateInput } from "@/lib/validation/departments";

type TEditable = { id: string; version: number; name: string; kind: TDepartmentKind; sortOrder: number };

export function DepartmentFormDialog(props: { mode: "create" } | { mode: "edit"; department: TEditable }) {
  const t = useTranslations("admin");
  const tc = useTranslations("common");
  const tk = useTranslations("departmentKinds");
  const [open, setOpen] = useState(false);
  const existing = props.mode === "edit" ? props.department : null;
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/departments").then((m) => m.ZDepartmentCreateSchema)),
    defaultValues: {
      name: existing?.name ?? "",
      kind: existing?.kind ?? "district",
      sortOrder: existing?.sortOrder ?? 0,
    } satisfies TDepartmentCreateInput,
  });
  const { onSubmit, failure } = useActionSubmit(
    form,
    (values) => (existing ? updateDepartmentAction({ ...values, id: existing.id, version: existing.version }) : createDepartmentAction(values)),
    () => {
      setOpen(false);
      if (!existing) form.reset();
    },
  );
  const errors = form.formState.errors;
  const title = existing ? t("editDepartment") : t("createDepartment");

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next && existing) form.reset({ name: existing.name, kind: existing.kind, sortOrder: existing.sortOrder });
      }}
    >
      <DialogTrigger asChild>
        {existing ? (
          <Button variant="ghost" size="sm" aria-label={`${t("edit")} ${existing.name}`}>
            <Pencil aria-hidden />
            <span className="hidden sm:inline">{t("edit")}</span>
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            {title}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent title={title} closeLabel={tc("close")}>
        <form className="grid gap-3" onSubmit={onSubmit} noValidate>
          <FormField label={t("departmentName")} error={errors.name?.message}>
            <Input {...form.register("name")} />
          </FormField>
          <FormField label={t("kind")} error={errors.kind?.message}>
            <NativeSelect {...form.register("kind")}>
              {DEPARTMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {tk(kind)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField label={t("sortOrder")} error={errors.sortOrder?.message} hint={t("sortOrderHint")}>
            <Input type="number" inputMode="numeric" min={0} {...form.register("sortOrder")} />
          </FormField>
          <FormMessage>{failure}</FormMessage>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {tc("save")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
