"use client";

import { Pencil, UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { createUserAction, updateUserAction } from "@/app/(app)/admin/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TRole } from "@/lib/domain/codes";
import type { TUserCreateInput, TUserUpdateInput } from "@/lib/validation/users";
import { DepartmentSelect } from "@/components/forms/department-select";
import { RoleCheckboxes } from "./role-checkboxes";

type TDepartments = { id: string; name: string }[];
type TEditableUser = {
  id: string;
  version: number;
  account: string;
  name: string;
  phone: string | null;
  departmentId: string | null;
  roles: TRole[];
};

export function UserFormDialog(
  props: { mode: "create"; departments: TDepartments } | { mode: "edit"; departments: TDepartments; user: TEditableUser },
) {
  const t = useTranslations("admin");
  const [open, setOpen] = useState(false);
  const title = props.mode === "edit" ? t("editUser") : t("createUser");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {props.mode === "edit" ? (
          <Button variant="ghost" size="sm" aria-label={`${t("edit")} ${props.user.account}`}>
            <Pencil aria-hidden />
            <span className="hidden lg:inline">{t("edit")}</span>
          </Button>
        ) : (
          <Button>
            <UserPlus aria-hidden />
            {title}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent title={title} closeLabel={t("close")}>
        {open ? (
          props.mode === "edit" ? (
            <EditUserForm user={props.user} departments={props.departments} onDone={() => setOpen(false)} />
          ) : (
            <CreateUserForm departments={props.departments} onDone={() => setOpen(false)} />
          )
        ) : null}
      </DialogContent>
    </Dialog>
  );
}

function CreateUserForm({ departments, onDone }: { departments: TDepartments; onDone: () => void }) {
  const t = useTranslations("admin");
  const ta = useTranslations("auth");
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/users").then((m) => m.ZUserCreateSchema)),
    defaultValues: { account: "", name: "", phone: "", departmentId: "", roles: [], password: "" } satisfies TUserCreateInput,
  });
  const { onSubmit, failure } = useActionSubmit(form, createUserAction, onDone);
  const errors = form.formState.errors;
  return (
    <form className="grid gap-3" onSubmit={onSubmit} noValidate>
      <FormField label={t("account")} error={errors.account?.message} hint={ta("accountHint")}>
        <Input autoComplete="off" {...form.register("account")} />
      </FormField>
      <FormField label={t("name")} error={errors.name?.message}>
        <Input {...form.register("name")} />
      </FormField>
      <FormField label={t("phone")} error={errors.phone?.message}>
        <Input inputMode="tel" {...form.register("phone")} />
      </FormField>
      <FormField label={t("department")} error={errors.departmentId?.message}>
        <DepartmentSelect departments={departments} emptyLabel={t("noDepartment")} {...form.register("departmentId")} />
      </FormField>
      <RoleCheckboxes registration={form.register("roles")} error={errors.roles?.message} />
      <FormField label={t("initialPassword")} error={errors.password?.message} hint={ta("passwordPolicy")}>
        <Input type="password" autoComplete="new-password" {...form.register("password")} />
      </FormField>
      <FormMessage>{failure}</FormMessage>
      <FormButtons onCancel={onDone} submitting={form.formState.isSubmitting} />
    </form>
  );
}

function EditUserForm({ user, departments, onDone }: { user: TEditableUser; departments: TDepartments; onDone: () => void }) {
  const t = useTranslations("admin");
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/users").then((m) => m.ZUserUpdateSchema)),
    defaultValues: {
      id: user.id,
      version: user.version,
      name: user.name,
      phone: user.phone ?? "",
      departmentId: user.departmentId ?? "",
      roles: user.roles,
    } satisfies TUserUpdateInput,
  });
  const { onSubmit, failure } = useActionSubmit(form, updateUserAction, onDone);
  const errors = form.formState.errors;
  return (
    <form className="grid gap-3" onSubmit={onSubmit} noValidate>
      <p className="text-sm text-muted-foreground">
        {t("account")}: <span className="font-mono">{user.account}</span>
      </p>
      <FormField label={t("name")} error={errors.name?.message}>
        <Input {...form.register("name")} />
      </FormField>
      <FormField label={t("phone")} error={errors.phone?.message}>
        <Input inputMode="tel" {...form.register("phone")} />
      </FormField>
      <FormField label={t("department")} error={errors.departmentId?.message}>
        <DepartmentSelect departments={departments} emptyLabel={t("noDepartment")} {...form.register("departmentId")} />
      </FormField>
      <RoleCheckboxes registration={form.register("roles")} error={errors.roles?.message} />
      <p className="text-xs text-muted-foreground">{t("rolesChangeEndsSessions")}</p>
      <FormMessage>{failure}</FormMessage>
      <FormButtons onCancel={onDone} submitting={form.formState.isSubmitting} />
    </form>
  );
}

export function FormButtons({ onCancel, submitting, submitLabel }: { onCancel: () => void; submitting: boolean; submitLabel?: string }) {
  const tc = useTranslations("common");
  return (
    <div className="flex justify-end gap-2">
      <Button type="button" variant="outline" onClick={onCancel}>
        {tc("cancel")}
      </Button>
      <Button type="submit" disabled={submitting}>
        {submitLabel ?? tc("save")}
      </Button>
    </div>
  );
}
