"use client";

import { useTranslations } from "next-intl";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm, useWatch } from "react-hook-form";
import { createDemonstrationGoalAction, markDemonstrationGoalAction } from "@/app/(app)/plans/actions";
import { DepartmentSelect, type TDepartmentOption } from "@/components/forms/department-select";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { DEMONSTRATION_CATEGORIES, DEMONSTRATION_STAGES } from "@/lib/domain/codes";
import type { TDemonstrationGoalFormInput } from "@/lib/validation/demonstration";

export type TGoalOption = { id: string; label: string; version: number };

/**
 * 新建示范创建项目 on the plan page: a new goal, or one of the plan's goals made one (ADR 020).
 * Loaded only when its button is pressed (demonstration-goal-button.tsx): the form's code stays
 * out of the plan page's first load.
 */
export function DemonstrationGoalDialog({ onClose, ...props }: { planId: string; goals: TGoalOption[]; departments: TDepartmentOption[]; onClose: () => void }) {
  const t = useTranslations("demonstration");
  const tc = useTranslations("common");
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent title={t("dialogTitle")} description={t("dialogDescription")} closeLabel={tc("close")}>
        <DemonstrationGoalForm {...props} onDone={onClose} />
      </DialogContent>
    </Dialog>
  );
}

function DemonstrationGoalForm({ planId, goals, departments, onDone }: { planId: string; goals: TGoalOption[]; departments: TDepartmentOption[]; onDone: () => void }) {
  const t = useTranslations("demonstration");
  const form = useForm({
    resolver: useLazyZodResolver(() => import("@/lib/validation/demonstration").then((m) => m.ZDemonstrationGoalFormSchema)),
    defaultValues: { goalId: "", title: "", category: "project", leadDepartmentId: "", stageDueDates: {} } satisfies TDemonstrationGoalFormInput,
  });
  const { onSubmit, failure } = useActionSubmit(
    form,
    ({ goalId, title, ...track }) => {
      const goal = goals.find((g) => g.id === goalId);
      return goal ? markDemonstrationGoalAction({ goalId: goal.id, version: goal.version, ...track }) : createDemonstrationGoalAction({ planId, parentId: null, title, ...track });
    },
    onDone,
    t("saved"),
  );
  const errors = form.formState.errors;
  const marking = !!useWatch({ control: form.control, name: "goalId" });
  return (
    <form className="grid gap-3" onSubmit={onSubmit} noValidate aria-label={t("dialogTitle")}>
      <FormField label={t("goal")} error={errors.goalId?.message}>
        <NativeSelect {...form.register("goalId")}>
          <option value="">{t("newGoal")}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      {marking ? null : (
        <FormField label={t("title")} error={errors.title?.message}>
          <Input maxLength={200} {...form.register("title")} />
        </FormField>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label={t("category")} error={errors.category?.message}>
          <NativeSelect {...form.register("category")}>
            {DEMONSTRATION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label={t("lead")} error={errors.leadDepartmentId?.message}>
          <DepartmentSelect departments={departments} emptyLabel={t("chooseLead")} {...form.register("leadDepartmentId")} />
        </FormField>
      </div>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">{t("stageDates")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {DEMONSTRATION_STAGES.map((stage) => (
            <FormField key={stage} label={t(`stages.${stage}`)}>
              <Input type="date" {...form.register(`stageDueDates.${stage}`)} />
            </FormField>
          ))}
        </div>
        {errors.stageDueDates ? (
          <p role="alert" className="text-xs text-destructive">
            {t("stageDatesOrder")}
          </p>
        ) : null}
      </fieldset>
      <FormMessage>{failure}</FormMessage>
      <div className="flex justify-end">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
