import type { ComponentProps } from "react";
import { NativeSelect } from "@/components/ui/input";

export type TDepartmentOption = { id: string; name: string };

/**
 * The one department picker (forms, filters, dialogs): an empty first option whose words
 * fit the place ("请选择", "全部", "无"), then the departments in the order given. Plain
 * markup, so server pages and client forms both use it; register() or name/defaultValue pass through.
 */
export function DepartmentSelect({ departments, emptyLabel, ...props }: ComponentProps<typeof NativeSelect> & { departments: readonly TDepartmentOption[]; emptyLabel: string }) {
  return (
    <NativeSelect {...props}>
      <option value="">{emptyLabel}</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </NativeSelect>
  );
}
