import type { ComponentProps } from "react";
import { cx } from "@/lib/class-names";

/** A native label: no script (Radix's Label only stopped a double click from selecting its text). */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cx("text-sm font-medium leading-none", className)} {...props} />;
}
