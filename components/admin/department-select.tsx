"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { NativeSelect } from "@/components/ui/input";

export function DepartmentSelect({
  departments,
  ...props
}: ComponentProps<typeof NativeSelect> & { departments: { id: string; name: string }[] }) {
  const t = useTranslations("admin");
  return (
    <NativeSelect {...props}>
      <option value="">{t("noDepartment")}</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </NativeSelect>
  );
}
