"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useLazyZodResolver } from "@/components/forms/lazy-resolver";
import { useForm } from "react-hook-form";
import { createFrameworkAction } from "@/app/(app)/admin/indicators/actions";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { FormField, FormMessage } from "@/components/ui/form-field";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { INDICATOR_FRAMEWORK_KINDS } from "@/lib/domain/codes";
import type { TFrameworkCreateInput } from "@/lib/validation/indicators";

const EMPTY = { code: "", name: "", kind: "assessment", description: "" } satisfies TFrameworkCreateInput;

/**
 * 新建指标体系: code, name, kind and description, checked by the service's own schema
 * (a taken code comes back beside the code field). The new, empty framework opens at
 * once, where its tree is edited on screen or imported from Excel. Opened by
 * CreateFrameworkButton, which loads this file (the form, its schema and resolver) on first press.
 */
export function CreateFrameworkDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations("indicators");
  const tc = useTranslations("common");
  const router = useRouter();
  const form = useForm({ resolver: useLazyZodResolver(() => import("@/lib/validation/indicators").then((m) => m.ZFrameworkCreateSchema)), defaultValues: EMPTY });
  const { onSubmit, failure } = useActionSubmit(
    form,
    (values) => createFrameworkAction(values),
    ({ id }) => {
      onClose();
      router.push(`/admin/indicators/${id}`);
    },
    t("frameworkCreated"),
  );
  const errors = form.formState.errors;
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent title={t("newFramework")} closeLabel={tc("close")}>
        <form className="grid gap-3" onSubmit={onSubmit} noValidate>
          <FormField label={t("frameworkCode")} error={errors.code?.message} hint={t("frameworkCodeHint")}>
            <Input autoComplete="off" spellCheck={false} {...form.register("code")} />
          </FormField>
          <FormField label={t("frameworkName")} error={errors.name?.message}>
            <Input {...form.register("name")} />
          </FormField>
          <FormField label={t("kind")} error={errors.kind?.message}>
            <NativeSelect {...form.register("kind")}>
              {INDICATOR_FRAMEWORK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField label={t("description")} error={errors.description?.message}>
            <Textarea rows={3} {...form.register("description")} />
          </FormField>
          <FormMessage>{failure}</FormMessage>
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="outline" onClick={onClose}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={form.formState.isSubmitting} aria-busy={form.formState.isSubmitting}>
              {t("createFramework")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
