"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { TActionResult } from "@/lib/actions/action-result";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";

/**
 * Submits a react-hook-form form through a server action: field errors go
 * beside their fields, any other refusal becomes the form message, success
 * refreshes the page's server data.
 */
export function useActionSubmit<TValues extends FieldValues, TOut, TResult>(
  form: UseFormReturn<TValues, unknown, TOut>,
  action: (values: TOut) => Promise<TActionResult<TResult>>,
  onSuccess?: (data: TResult) => void,
) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await action(values);
    if (!result.ok) {
      if (!applyFieldErrors(form.setError, result.fieldErrors)) setFailure(result.message);
      return;
    }
    onSuccess?.(result.data);
    router.refresh();
  });
  return { onSubmit, failure, setFailure };
}

/** For one-click actions (confirmations, toggles): the refusal message or null. */
export function useActionRunner() {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run<T>(promise: Promise<TActionResult<T>>): Promise<boolean> {
    setPending(true);
    setFailure(null);
    try {
      const result = await promise;
      if (!result.ok) {
        setFailure(result.message);
        return false;
      }
      router.refresh();
      return true;
    } finally {
      setPending(false);
    }
  }
  return { run, failure, pending };
}
