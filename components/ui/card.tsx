import type { ComponentProps } from "react";
import { cx, withDefaults } from "@/lib/class-names";

// A caller's own border colour or padding replaces the default (border-amber-300, p-0), as
// tailwind-merge did, without shipping it to the browser with the client components that use cards.
const BORDER_COLOUR = [[/^border-([a-z]+-\d{2,3}|border|primary|destructive)$/, "border-border"]] as const;
const PADDING = [[/^p-/, "p-4"]] as const;

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={withDefaults("rounded-lg border bg-background shadow-xs", BORDER_COLOUR, className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cx("flex items-center justify-between gap-2 border-b border-border px-4 py-3", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 className={cx("text-base font-semibold", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={withDefaults("", PADDING, className)} {...props} />;
}
