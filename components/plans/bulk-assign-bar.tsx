"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { Input, NativeSelect } from "@/components/ui/input";
import type { TAssignment } from "@/lib/domain/plan-review/review-tree";
import { IMPORT_CHOICES, type TImportChoice } from "@/lib/validation/limits";
import { CooperatingDialog } from "./cooperating-dialog";

export type TBulkPatch = Partial<TAssignment & { choice: TImportChoice }>;

/**
 * 批量设置: the fields given a value are set on every selected node; the
 * others stay as they are. Sticks to the top while the tree scrolls.
 */
export function BulkAssignBar({
  selectedCount,
  departments,
  onApply,
  onSelectTasks,
  onClearSelection,
}: {
  selectedCount: number;
  departments: { id: string; name: string }[];
  onApply: (patch: TBulkPatch) => void;
  onSelectTasks: () => void;
  onClearSelection: () => void;
}) {
  const t = useTranslations("planImport");
  const tw = useTranslations("whyDisabled");
  const [lead, setLead] = useState("");
  const [cooperating, setCooperating] = useState<string[] | null>(null);
  const [dueDate, setDueDate] = useState("");
  const [choice, setChoice] = useState<TImportChoice | "">("");
  const [choosingCooperating, setChoosingCooperating] = useState(false);
  const patch: TBulkPatch = {
    ...(lead ? { leadDepartmentId: lead } : {}),
    ...(cooperating ? { cooperatingDepartmentIds: cooperating } : {}),
    ...(dueDate ? { dueDate } : {}),
    ...(choice ? { choice } : {}),
  };
  const hasChanges = Object.keys(patch).length > 0;
  const apply = () => {
    onApply(patch);
    setLead("");
    setCooperating(null);
    setDueDate("");
    setChoice("");
  };
  // Sticky beside a long tree on wide screens; on a phone it would cover half the screen.
  return (
    <section aria-label={t("bulkTitle")} className="z-10 grid gap-2 sm:sticky sm:top-0 rounded-lg border border-border bg-background/95 p-3 shadow-sm backdrop-blur">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm font-medium" aria-live="polite">
          {t("selectedCount", { n: selectedCount })}
        </p>
        <Button type="button" size="sm" variant="outline" onClick={onSelectTasks}>
          {t("selectTasks")}
        </Button>
        <ReasonedButton type="button" size="sm" variant="ghost" onClick={onClearSelection} why={selectedCount === 0 ? tw("selectFirst") : null}>
          {t("clearSelection")}
        </ReasonedButton>
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <NativeSelect className="h-8 sm:w-48" value={lead} onChange={(event) => setLead(event.target.value)} aria-label={t("bulkLead")}>
          <option value="">{t("bulkLeadUnchanged")}</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </NativeSelect>
        <Button type="button" size="sm" variant="outline" onClick={() => setChoosingCooperating(true)}>
          {cooperating ? t("cooperatingCount", { n: cooperating.length }) : t("bulkCooperating")}
        </Button>
        <Input type="date" className="h-8 sm:w-40" value={dueDate} onChange={(event) => setDueDate(event.target.value)} aria-label={t("bulkDue")} />
        <NativeSelect className="h-8 sm:w-44" value={choice} onChange={(event) => setChoice(event.target.value as TImportChoice | "")} aria-label={t("bulkChoice")}>
          <option value="">{t("bulkChoiceUnchanged")}</option>
          {IMPORT_CHOICES.map((value) => (
            <option key={value} value={value}>
              {t(`choices.${value}`)}
            </option>
          ))}
        </NativeSelect>
        <ReasonedButton
          type="button"
          size="sm"
          className="col-span-2"
          why={selectedCount === 0 ? tw("selectFirst") : !hasChanges ? tw("chooseChangeFirst") : null}
          onClick={apply}
        >
          {t("bulkApply")}
        </ReasonedButton>
      </div>
      {choosingCooperating ? (
        <CooperatingDialog
          title={t("bulkCooperating")}
          initial={cooperating ?? []}
          exclude={lead || null}
          departments={departments}
          onSave={setCooperating}
          onClose={() => setChoosingCooperating(false)}
        />
      ) : null}
    </section>
  );
}
