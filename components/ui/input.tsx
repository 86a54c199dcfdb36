import type { ComponentProps } from "react";
import { withDefaults } from "@/lib/class-names";

const FIELD =
  "flex rounded-md border border-border bg-background px-3 shadow-xs placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive";

// What a caller may set itself (w-24, h-8, text-xs…): its class replaces the default, as
// tailwind-merge did, without shipping tailwind-merge to the browser.
const SIZE_DEFAULTS = [
  [/^w-/, "w-full"],
  [/^h-/, "h-9"],
  [/^py-/, "py-1"],
  [/^text-(xs|sm|base|lg|\d?xl)$/, "text-sm"],
] as const;

/** The field's classes with `extra` over the defaults (for a native control styled like Input). */
export function fieldClass(extra?: string): string {
  return withDefaults(FIELD, SIZE_DEFAULTS, extra);
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={fieldClass(className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={fieldClass(`h-auto min-h-20 py-2${className ? ` ${className}` : ""}`)} {...props} />;
}

/** A native select: accessible, keyboard-friendly and light on phones. */
export function NativeSelect({ className, ...props }: ComponentProps<"select">) {
  return <select className={fieldClass(`pr-8${className ? ` ${className}` : ""}`)} {...props} />;
}
