import type { ReactNode } from "react";

/** A form-level message (a refusal that belongs to no single field). */
export function FormMessage({ children, tone = "error" }: { children?: ReactNode; tone?: "error" | "success" }) {
  if (!children) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={
        tone === "error"
          ? "rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
          : "rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800"
      }
    >
      {children}
    </p>
  );
}
