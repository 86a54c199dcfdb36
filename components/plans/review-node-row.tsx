"use client";

import { ChevronDown, ChevronRight, Merge, Scissors, Trash2, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import type { TNodeError } from "@/lib/domain/plan-review/import-input";
import { flattenReview, type TReviewNode } from "@/lib/domain/plan-review/review-tree";
import { cx } from "@/lib/class-names";
import { IMPORT_CHOICES, TITLE_MAX } from "@/lib/validation/limits";
import { messageText } from "@/lib/messages";
import { GoalKindBadge } from "./plan-badges";
import { ReviewNamedDepartments } from "./review-named-departments";
import { ReviewTagChips, type TTagAction } from "./review-tag-chips";

export type TNodeAction =
  | { type: "update"; id: string; patch: Partial<Omit<TReviewNode, "id" | "children">>; undoable?: boolean }
  | { type: "drop" | "merge" | "select" | "collapse" | "cooperating" | "split"; id: string }
  | TTagAction;

export type TRowContext = {
  departments: { id: string; name: string }[];
  departmentName: ReadonlyMap<string, string>;
  indicatorName: ReadonlyMap<string, string>;
  selected: ReadonlySet<string>;
  collapsed: ReadonlySet<string>;
  errors: ReadonlyMap<string, TNodeError[]>;
  onAction: (action: TNodeAction) => void;
};

/**
 * One node of the tree under review, with its children. Memoised: typing in
 * one title re-renders only the rows on that node's path.
 */
export const ReviewNodeRow = memo(function ReviewNodeRow({
  node,
  isFirstSibling,
  context,
}: {
  node: TReviewNode;
  isFirstSibling: boolean;
  context: TRowContext;
}) {
  const t = useTranslations("planImport");
  // Unscoped: a node error may name its own namespace ("tagging.unknown" for a code deleted meanwhile).
  const tv = useTranslations();
  const { departments, departmentName, selected, collapsed, errors, onAction } = context;
  const isCollapsed = collapsed.has(node.id);
  const nodeErrors = errors.get(node.id) ?? [];
  const errorOf = (field: string) => nodeErrors.find((error) => error.field === field || error.field.startsWith(`${field}.`));
  const label = `${node.code}${node.title}`.slice(0, 40) || t("untitled");
  const isWork = node.choice !== "goal";
  const descendants = node.children.length > 0 ? flattenReview(node.children).length : 0;
  const titleError = errorOf("title") ?? (node.title.length > TITLE_MAX ? { message: `tooLong:${TITLE_MAX}` } : undefined);
  const update = (patch: Partial<Omit<TReviewNode, "id" | "children">>, undoable = false) => onAction({ type: "update", id: node.id, patch, undoable });

  return (
    <li id={`review-node-${node.id}`} data-testid="review-node" data-kind={node.kind} data-choice={node.choice} className="grid gap-2">
      <div
        className={cx(
          "grid gap-2 rounded-md border bg-background p-2",
          nodeErrors.length > 0 ? "border-destructive" : selected.has(node.id) ? "border-ring" : "border-border",
        )}
      >
        <div className="flex flex-wrap items-center gap-1.5">
          <input
            type="checkbox"
            className="size-4 shrink-0 accent-primary"
            checked={selected.has(node.id)}
            onChange={() => onAction({ type: "select", id: node.id })}
            aria-label={t("selectNode", { title: label })}
          />
          {node.children.length > 0 ? (
            <button
              type="button"
              className="rounded p-0.5 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              aria-expanded={!isCollapsed}
              aria-label={t(isCollapsed ? "expandNode" : "collapseNode", { title: label })}
              onClick={() => onAction({ type: "collapse", id: node.id })}
            >
              {isCollapsed ? <ChevronRight className="size-4" aria-hidden /> : <ChevronDown className="size-4" aria-hidden />}
            </button>
          ) : (
            <span className="w-5" aria-hidden />
          )}
          <GoalKindBadge kind={node.kind} />
          {node.code ? <span className="shrink-0 text-sm text-muted-foreground">{node.code}</span> : null}
          <Input
            id={`review-title-${node.id}`}
            className="h-8 min-w-48 flex-1"
            value={node.title}
            placeholder={t("untitled")}
            onChange={(event) => update({ title: event.target.value })}
            aria-label={t("titleOf", { code: node.code || label })}
            aria-invalid={titleError ? true : undefined}
          />
        </div>
        {titleError ? (
          <p role="alert" className="sm:pl-7 text-xs text-destructive">
            {messageText(tv, "validation", titleError.message)}
          </p>
        ) : null}

        <div className="grid grid-cols-2 items-center gap-2 sm:pl-7 sm:flex sm:flex-wrap">
          <NativeSelect
            className="h-8 sm:w-32"
            value={node.choice}
            aria-label={t("choiceOf", { title: label })}
            onChange={(event) => update({ choice: event.target.value as TReviewNode["choice"] }, true)}
          >
            {IMPORT_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`choices.${choice}`)}
              </option>
            ))}
          </NativeSelect>
          {isWork ? (
            <>
              <NativeSelect
                className="h-8 sm:w-48"
                value={node.leadDepartmentId}
                aria-label={t("leadOf", { title: label })}
                aria-invalid={errorOf("leadDepartmentId") ? true : undefined}
                onChange={(event) => update({ leadDepartmentId: event.target.value }, true)}
              >
                <option value="">{t("noLead")}</option>
                {departments.map((department) => (
                  <option key={department.id} value={department.id}>
                    {department.name}
                  </option>
                ))}
              </NativeSelect>
              <Input
                type="date"
                className="h-8 sm:w-40"
                value={node.dueDate}
                aria-label={t("dueOf", { title: label })}
                aria-invalid={errorOf("dueDate") ? true : undefined}
                onChange={(event) => update({ dueDate: event.target.value }, true)}
              />
              <Button type="button" size="sm" variant="outline" onClick={() => onAction({ type: "cooperating", id: node.id })}>
                {t("cooperatingCount", { n: node.cooperatingDepartmentIds.length })}
              </Button>
            </>
          ) : null}
          <div className="col-span-2 flex flex-wrap gap-1 sm:ml-auto">
            <Button type="button" size="sm" variant="ghost" disabled={isFirstSibling} onClick={() => onAction({ type: "merge", id: node.id })} title={t("mergeHint")}>
              <Merge aria-hidden />
              {t("merge")}
            </Button>
            <Button type="button" size="sm" variant="ghost" disabled={node.body.trim() === ""} onClick={() => onAction({ type: "split", id: node.id })} title={t("splitHint")}>
              <Scissors aria-hidden />
              {t("split")}
            </Button>
            {descendants > 0 ? (
              <ConfirmDialog
                trigger={
                  <Button type="button" size="sm" variant="ghost" className="text-destructive">
                    <Trash2 aria-hidden />
                    {t("drop")}
                  </Button>
                }
                title={t("dropTitle")}
                description={t("dropWithChildren", { title: label, n: descendants })}
                confirmLabel={t("dropConfirm")}
                cancelLabel={t("cancel")}
                destructive
                onConfirm={() => onAction({ type: "drop", id: node.id })}
              />
            ) : (
              <Button type="button" size="sm" variant="ghost" className="text-destructive" onClick={() => onAction({ type: "drop", id: node.id })}>
                <Trash2 aria-hidden />
                {t("drop")}
              </Button>
            )}
          </div>
        </div>

        {isWork && node.cooperatingDepartmentIds.length > 0 ? (
          <p className="sm:pl-7 text-xs text-muted-foreground">
            {t("cooperatingList", { names: node.cooperatingDepartmentIds.map((id) => departmentName.get(id) ?? "?").join("、") })}
          </p>
        ) : null}
        <ReviewNamedDepartments node={node} departmentName={departmentName} onUpdate={(patch) => update(patch, true)} />
        <ReviewTagChips node={node} label={label} indicatorName={context.indicatorName} onAction={onAction} />
        {node.indicators.length > 0 ? (
          <ul className="flex flex-wrap gap-1 sm:pl-7" aria-label={t("indicators")}>
            {node.indicators.map((indicator, index) => (
              <li key={`${indicator.text}-${index}`}>
                <Badge tone="blue" title={indicator.text}>
                  {indicator.name ? `${indicator.name} ` : ""}
                  {indicator.value}
                  {indicator.unit}
                  <button
                    type="button"
                    className="rounded hover:bg-blue-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                    aria-label={t("removeIndicator", { name: indicator.name || indicator.text })}
                    onClick={() => update({ indicators: node.indicators.filter((_, i) => i !== index) }, true)}
                  >
                    <X className="size-3" aria-hidden />
                  </button>
                </Badge>
              </li>
            ))}
          </ul>
        ) : null}
        {node.body ? (
          <details className="sm:pl-7 text-sm">
            <summary className="cursor-pointer text-xs text-muted-foreground">
              {!node.lines
                ? t("body", { n: node.body.length })
                : node.lines[0] === node.lines[1]
                  ? t("bodyWithLine", { n: node.body.length, line: node.lines[0] })
                  : t("bodyWithLines", { n: node.body.length, from: node.lines[0], to: node.lines[1] })}
            </summary>
            <p className="mt-1 whitespace-pre-wrap text-muted-foreground">{node.body}</p>
          </details>
        ) : null}
        {nodeErrors
          .filter((error) => error.field !== "title")
          .map((error) => (
            <p key={`${error.field}-${error.message}`} role="alert" className="sm:pl-7 text-xs text-destructive">
              {t(`fields.${fieldName(error.field)}`)}：{messageText(tv, "validation", error.message)}
            </p>
          ))}
      </div>
      {node.children.length > 0 && !isCollapsed ? (
        <ul className="ml-2 grid gap-2 border-l border-border pl-2 sm:ml-5 sm:pl-3">
          {node.children.map((child, index) => (
            <ReviewNodeRow key={child.id} node={child} isFirstSibling={index === 0} context={context} />
          ))}
        </ul>
      ) : null}
    </li>
  );
});

const FIELDS = ["indicatorCodes", "leadDepartmentId", "coLeadDepartmentIds", "cooperatingDepartmentIds", "dueDate", "body", "code", "indicators", "lines", "kind", "choice"] as const;

/** The first segment of an error's field ("indicators.0.name" → "indicators"), or "other". */
function fieldName(field: string): (typeof FIELDS)[number] | "other" {
  const head = field.split(".")[0] ?? "";
  return (FIELDS as readonly string[]).includes(head) ? (head as (typeof FIELDS)[number]) : "other";
}
