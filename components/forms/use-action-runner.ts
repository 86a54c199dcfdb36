"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TActionResult } from "@/lib/actions/action-result";
import { announceFailure, announceSuccess } from "./feedback";

// Apart from useActionSubmit (forms): a page with one-click actions only does not ship the
// form helpers with it (docs/performance/js-budget.md).

/** For one-click actions (confirmations, toggles): the refusal message or null; success is announced. */
export function useActionRunner() {
  const router = useRouter();
  const t = useTranslations("feedback");
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run<T>(promise: Promise<TActionResult<T>>, successMessage?: string | null): Promise<boolean> {
    setPending(true);
    setFailure(null);
    try {
      const result = await promise;
      if (!result.ok) {
        setFailure(result.message);
        announceFailure(result.message);
        return false;
      }
      // null: the change speaks for itself (marking a notification read).
      if (successMessage !== null) announceSuccess(successMessage ?? t("done"));
      router.refresh();
      return true;
    } finally {
      setPending(false);
    }
  }
  return { run, failure, pending };
}
