import type { ComponentProps } from "react";
import { cx } from "@/lib/class-names";
import { buttonVariants, type TButtonVariantProps } from "./button-variants";

export { buttonVariants };

/**
 * `className` is added to the variant's classes without tailwind-merge (8.4 kB gzip in the
 * browser), so it must not conflict with them: for another size pass `size={null}` and the
 * whole size (h-6 px-2 text-xs). A link that looks like a button takes
 * `className={buttonVariants(…)}` itself (no Radix Slot in the pages that use Button).
 */
export function Button({ className, variant, size, ...props }: ComponentProps<"button"> & TButtonVariantProps) {
  return <button className={cx(buttonVariants({ variant, size }), className)} {...props} />;
}
