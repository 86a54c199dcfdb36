"use client";

import type { toast as TToast } from "sonner";
import { requestToaster } from "@/components/shell/toast-request";

/** sonner is loaded with the first toast, not with the page (docs/performance/js-budget.md). */
function show(display: (toast: typeof TToast) => void): void {
  requestToaster();
  void import("sonner").then(({ toast }) => display(toast));
}

/** A short confirmation that the action was done; it fades by itself. */
export function announceSuccess(message: string): void {
  show((toast) => toast.success(message));
}

/**
 * A refusal stays until the user closes it: a message that fades could be missed, and the
 * action did not happen. The form keeps its own message beside the fields as well.
 */
export function announceFailure(message: string): void {
  show((toast) => toast.error(message, { duration: Number.POSITIVE_INFINITY, closeButton: true }));
}

/** Something the user should know although the action succeeded; it stays until closed. */
export function announceWarning(message: string): void {
  show((toast) => toast.warning(message, { duration: Number.POSITIVE_INFINITY, closeButton: true }));
}
