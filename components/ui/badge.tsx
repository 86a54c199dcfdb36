import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { withDefaults } from "@/lib/class-names";

export const badgeVariants = cva("inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium", {
  variants: {
    tone: {
      neutral: "bg-muted text-foreground",
      red: "bg-red-100 text-red-800",
      yellow: "bg-amber-100 text-amber-900",
      green: "bg-green-100 text-green-800",
      blue: "bg-blue-100 text-blue-800",
      grey: "bg-gray-100 text-gray-600",
    },
  },
  defaultVariants: { tone: "neutral" },
});

// A caller may let a long badge wrap (whitespace-normal); tailwind-merge is not shipped for that.
const WRAP = [[/^whitespace-/, "whitespace-nowrap"]] as const;

export function Badge({ className, tone, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={withDefaults(badgeVariants({ tone }), WRAP, className)} {...props} />;
}
