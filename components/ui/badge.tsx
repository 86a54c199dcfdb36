import type { ComponentProps } from "react";
import { withDefaults } from "@/lib/class-names";

// Plain lookups rather than class-variance-authority (with clsx ~0.7 kB gzip in each client
// chunk that draws a badge, docs/performance/js-budget.md).
const BASE = "inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium";
const TONES = {
  neutral: "bg-muted text-foreground",
  red: "bg-red-100 text-red-800",
  yellow: "bg-amber-100 text-amber-900",
  green: "bg-green-100 text-green-800",
  blue: "bg-blue-100 text-blue-800",
  grey: "bg-gray-100 text-gray-600",
};

// A caller may let a long badge wrap (whitespace-normal); tailwind-merge is not shipped for that.
const WRAP = [[/^whitespace-/, "whitespace-nowrap"]] as const;

export function Badge({ className, tone, ...props }: ComponentProps<"span"> & { tone?: keyof typeof TONES | null | undefined }) {
  return <span className={withDefaults(`${BASE} ${TONES[tone ?? "neutral"]}`, WRAP, className)} {...props} />;
}
