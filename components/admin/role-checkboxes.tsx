"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ROLES } from "@/lib/domain/codes";
import { translateValidationMessage } from "@/lib/validation/translate";

/** The roles as a group of checkboxes bound to one array field. */
export function RoleCheckboxes({ registration, error }: { registration: UseFormRegisterReturn; error?: string | undefined }) {
  const t = useTranslations("admin");
  const tr = useTranslations("roles");
  const tv = useTranslations("validation");
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">{t("roles")}</legend>
      <div className="grid grid-cols-2 gap-1.5">
        {ROLES.map((role) => (
          <label key={role} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={role} className="size-4 accent-primary" {...registration} />
            {tr(role)}
          </label>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-xs text-destructive">
          {translateValidationMessage(tv, error)}
        </p>
      ) : null}
    </fieldset>
  );
}
