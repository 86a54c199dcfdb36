"use client";

import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Controller, useFieldArray, useForm, useWatch } from "react-hook-form";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { createTaskAction, ownerCandidatesAction, updateTaskAction } from "@/app/(app)/tasks/actions";
import { DepartmentSelect } from "@/components/forms/department-select";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import type { TGoalOption } from "@/db/queries/plans";
import { TASK_PRIORITIES } from "@/lib/domain/codes";
import type { TIndicatorOption } from "@/lib/domain/indicator-tags/codes";
import { translateValidationMessage } from "@/lib/validation/translate";
import type { TTaskCreateInput } from "@/lib/validation/tasks";
import { DepartmentMultiSelect } from "./department-multi-select";
import { IndicatorMultiSelect } from "./indicator-multi-select";

type TDepartment = { id: string; name: string };
export type TTaskFormValues = TTaskCreateInput & { id?: string; version?: number };

export function TaskForm({
  initial,
  departments,
  goals,
  initialOwners = [],
  indicatorOptions = [],
}: {
  initial?: TTaskFormValues | undefined;
  departments: TDepartment[];
  goals: TGoalOption[];
  initialOwners?: { id: string; name: string }[];
  indicatorOptions?: readonly TIndicatorOption[];
}) {
  const t = useTranslations("taskForm");
  const tp = useTranslations("priorities");
  const tv = useTranslations("validation");
  const tt = useTranslations("tagging");
  const router = useRouter();
  const editing = initial?.id !== undefined;
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/tasks").then((m) => m.ZTaskCreateSchema)),
    defaultValues: {
      title: initial?.title ?? "",
      description: initial?.description ?? "",
      goalId: initial?.goalId ?? "",
      leadDepartmentId: initial?.leadDepartmentId ?? "",
      cooperatingDepartmentIds: initial?.cooperatingDepartmentIds ?? [],
      ownerId: initial?.ownerId ?? "",
      startDate: initial?.startDate ?? "",
      dueDate: initial?.dueDate ?? "",
      priority: initial?.priority ?? "normal",
      milestones: initial?.milestones ?? [],
      indicators: initial?.indicators ?? [],
      indicatorCodes: initial?.indicatorCodes ?? [],
    } satisfies TTaskCreateInput,
  });
  const milestones = useFieldArray({ control: form.control, name: "milestones" });
  const indicators = useFieldArray({ control: form.control, name: "indicators" });
  const lead = useWatch({ control: form.control, name: "leadDepartmentId" });
  // The owner is one of the lead department's people: load them when the lead changes.
  const [loadedOwners, setLoadedOwners] = useState({ departmentId: initial?.leadDepartmentId ?? "", list: initialOwners });
  const owners = loadedOwners.departmentId === lead ? loadedOwners.list : [];
  useEffect(() => {
    if (!lead || loadedOwners.departmentId === lead) return;
    let cancelled = false;
    void ownerCandidatesAction({ departmentId: lead }).then((result) => {
      if (!cancelled && result.ok) setLoadedOwners({ departmentId: lead, list: result.data });
    });
    return () => {
      cancelled = true;
    };
  }, [lead, loadedOwners.departmentId]);

  const { onSubmit, failure } = useActionSubmit(
    form,
    (values) =>
      editing
        ? updateTaskAction({ ...values, id: initial!.id!, version: initial!.version! })
        : createTaskAction(values),
    (data) => router.push(`/tasks/${data.id}`),
  );
  const errors = form.formState.errors;
  const message = (key?: string) => (key?.startsWith("tagging.") ? tt(key.slice(8)) : key ? translateValidationMessage(tv, key) : undefined);

  return (
    <form className="grid max-w-3xl gap-4" onSubmit={onSubmit} noValidate>
      <FormField label={t("title")} error={errors.title?.message}>
        <Input maxLength={200} {...form.register("title")} />
      </FormField>
      <FormField label={t("description")} error={errors.description?.message}>
        <Textarea rows={4} {...form.register("description")} />
      </FormField>
      <FormField label={t("goal")} error={errors.goalId?.message} hint={t("goalHint")}>
        <NativeSelect {...form.register("goalId")}>
          <option value="">{t("noGoal")}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {`${"\u3000".repeat(g.depth)}${g.label}`}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("leadDepartment")} error={errors.leadDepartmentId?.message} hint={t("leadHint")}>
          <DepartmentSelect departments={departments} emptyLabel={t("choose")} {...form.register("leadDepartmentId")} />
        </FormField>
        <FormField label={t("owner")} error={errors.ownerId?.message}>
          <NativeSelect {...form.register("ownerId")} disabled={!lead}>
            <option value="">{lead ? t("noOwner") : t("chooseLeadFirst")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      <Controller
        control={form.control}
        name="cooperatingDepartmentIds"
        render={({ field }) => (
          <DepartmentMultiSelect
            label={t("cooperatingDepartments")}
            departments={departments}
            value={field.value ?? []}
            onChange={field.onChange}
            exclude={lead || null}
            error={message(errors.cooperatingDepartmentIds?.message)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="indicatorCodes"
        render={({ field }) => (
          <IndicatorMultiSelect label={tt("label")} options={indicatorOptions} value={field.value ?? []} onChange={field.onChange} error={message(errors.indicatorCodes?.message)} />
        )}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("startDate")} error={errors.startDate?.message}>
          <Input type="date" {...form.register("startDate")} />
        </FormField>
        <FormField label={t("dueDate")} error={errors.dueDate?.message} hint={t("dueHint")}>
          <Input type="date" {...form.register("dueDate")} />
        </FormField>
        <FormField label={t("priority")} error={errors.priority?.message}>
          <NativeSelect {...form.register("priority")}>
            {TASK_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {tp(p)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
      </div>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("milestones")}</legend>
        {milestones.fields.map((field, index) => (
          <div key={field.id} className="grid grid-cols-[1fr_10rem_auto] items-start gap-2">
            <Input aria-label={t("milestoneTitle", { n: index + 1 })} placeholder={t("milestoneTitlePlaceholder")} {...form.register(`milestones.${index}.title`)} aria-invalid={errors.milestones?.[index]?.title ? true : undefined} />
            <Input type="date" aria-label={t("milestoneDue", { n: index + 1 })} {...form.register(`milestones.${index}.dueDate`)} />
            <Button type="button" variant="ghost" size="icon" onClick={() => milestones.remove(index)} aria-label={t("remove")}>
              <Trash2 aria-hidden />
            </Button>
            {errors.milestones?.[index]?.title ? (
              <p role="alert" className="col-span-3 text-xs text-destructive">
                {message(errors.milestones[index]?.title?.message)}
              </p>
            ) : null}
          </div>
        ))}
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => milestones.append({ title: "", dueDate: "" })}>
            <Plus aria-hidden />
            {t("addMilestone")}
          </Button>
        </div>
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("indicators")}</legend>
        {indicators.fields.map((field, index) => (
          <div key={field.id} className="grid grid-cols-2 items-start gap-2 sm:grid-cols-[1fr_5rem_6rem_6rem_auto]">
            <Input aria-label={t("indicatorName", { n: index + 1 })} placeholder={t("indicatorNamePlaceholder")} {...form.register(`indicators.${index}.name`)} />
            <Input aria-label={t("indicatorUnit", { n: index + 1 })} placeholder={t("unit")} {...form.register(`indicators.${index}.unit`)} />
            <Input aria-label={t("indicatorTarget", { n: index + 1 })} placeholder={t("target")} inputMode="decimal" {...form.register(`indicators.${index}.target`)} />
            <Input aria-label={t("indicatorActual", { n: index + 1 })} placeholder={t("actual")} inputMode="decimal" {...form.register(`indicators.${index}.actual`)} />
            <Button type="button" variant="ghost" size="icon" onClick={() => indicators.remove(index)} aria-label={t("remove")}>
              <Trash2 aria-hidden />
            </Button>
            {errors.indicators?.[index] ? (
              <p role="alert" className="col-span-full text-xs text-destructive">
                {message(errors.indicators[index]?.name?.message ?? errors.indicators[index]?.target?.message ?? errors.indicators[index]?.actual?.message ?? "invalid")}
              </p>
            ) : null}
          </div>
        ))}
        <div>
          <Button type="button" variant="outline" size="sm" onClick={() => indicators.append({ name: "", unit: "", target: "", actual: "" })}>
            <Plus aria-hidden />
            {t("addIndicator")}
          </Button>
        </div>
      </fieldset>

      <FormMessage>{failure}</FormMessage>
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {editing ? t("saveChanges") : t("createDraft")}
        </Button>
        <Button type="button" variant="outline" onClick={() => router.back()}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
