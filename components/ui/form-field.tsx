"use client";

import { useTranslations } from "next-intl";
import { cloneElement, isValidElement, type ReactElement, type ReactNode, useId } from "react";
import { messageText } from "@/lib/messages";
import { Label } from "./label";

/**
 * A label, one control and its error beside it. The error is a validation
 * message key (from zod or the server) translated here — a dotted key names its
 * own namespace ("indicators.errors.codeFormat"), as everywhere; the control gets
 * id, aria-invalid and aria-describedby wired to it.
 */
export function FormField({
  label,
  error,
  hint,
  children,
}: {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode | undefined;
  children: ReactElement<Record<string, unknown>>;
}) {
  // Unscoped, so that a dotted key resolves from the root (messageText's rule) and a plain one under validation.
  const t = useTranslations();
  const id = useId();
  const messageId = `${id}-message`;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error || hint ? messageId : undefined,
      })
    : children;
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {control}
      {error ? (
        <p id={messageId} role="alert" className="text-xs text-destructive">
          {messageText(t, "validation", error)}
        </p>
      ) : hint ? (
        <p id={messageId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

// In its own module so that a page with only one-click actions does not ship FormField.
export { FormMessage } from "./form-message";
