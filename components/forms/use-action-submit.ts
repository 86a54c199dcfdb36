"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { TActionResult } from "@/lib/actions/action-result";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { announceFailure, announceSuccess } from "./feedback";

/**
 * Submits a react-hook-form form through a server action: field errors go
 * beside their fields, any other refusal becomes the form message (and a toast
 * that stays), success is announced and refreshes the page's server data.
 */
export function useActionSubmit<TValues extends FieldValues, TOut, TResult>(
  form: UseFormReturn<TValues, unknown, TOut>,
  action: (values: TOut) => Promise<TActionResult<TResult>>,
  onSuccess?: (data: TResult) => void,
  successMessage?: string,
) {
  const router = useRouter();
  const t = useTranslations("feedback");
  const [failure, setFailure] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await action(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors)) {
        setFailure(result.message);
        announceFailure(result.message);
      }
      return;
    }
    announceSuccess(successMessage ?? t("saved"));
    onSuccess?.(result.data);
    router.refresh();
  });
  return { onSubmit, failure, setFailure };
}
