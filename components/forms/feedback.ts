"use client";

import { toast } from "sonner";

/** A short confirmation that the action was done; it fades by itself. */
export function announceSuccess(message: string): void {
  toast.success(message);
}

/**
 * A refusal stays until the user closes it: a message that fades could be missed, and the
 * action did not happen. The form keeps its own message beside the fields as well.
 */
export function announceFailure(message: string): void {
  toast.error(message, { duration: Number.POSITIVE_INFINITY, closeButton: true });
}
