"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DepartmentMultiSelect } from "@/components/tasks/department-multi-select";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";

/** Chooses cooperating departments (配合单位) for one node or for the selected ones. */
export function CooperatingDialog({
  title,
  initial,
  exclude,
  departments,
  onSave,
  onClose,
}: {
  title: string;
  initial: string[];
  exclude: string | null;
  departments: { id: string; name: string }[];
  onSave: (ids: string[]) => void;
  onClose: () => void;
}) {
  const t = useTranslations("planImport");
  const [value, setValue] = useState(initial);
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent title={title} closeLabel={t("close")}>
        <div className="grid gap-3">
          <DepartmentMultiSelect label={t("cooperating")} departments={departments} value={value} onChange={setValue} exclude={exclude} />
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button
              type="button"
              onClick={() => {
                onSave(value);
                onClose();
              }}
            >
              {t("confirm")}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
