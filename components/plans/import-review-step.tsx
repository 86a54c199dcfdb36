"use client";

import { LoaderCircle, Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useId, useMemo, useState } from "react";
import { importPlanAction } from "@/app/(app)/plans/actions";
import { EmptyState } from "@/components/shell/empty-state";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { countReview, nodeErrorsOf, toImportInput, type TNodeError } from "@/lib/domain/plan-review/import-input";
import {
  addUnparsedLine, bulkAssign, dropNode, findNode, flattenReview, mergeIntoPrevious, splitNode, toReviewTree, updateNode,
} from "@/lib/domain/plan-review/review-tree";
import { ZImportPlanSchema } from "@/lib/validation/imports";
import { translateValidationMessage } from "@/lib/validation/translate";
import { BulkAssignBar, type TBulkPatch } from "./bulk-assign-bar";
import { CooperatingDialog } from "./cooperating-dialog";
import type { TParseResult } from "./import-source-step";
import { ReviewCounts } from "./review-counts";
import { ReviewNodeRow, type TNodeAction, type TRowContext } from "./review-node-row";
import { SplitNodeDialog } from "./split-node-dialog";
import { nextReviewId, useReviewTree } from "./use-review-tree";

export type TImportDone = { planId: string; title: string; goals: number; tasks: number; problems: number };

const toggle = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
};

function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return out;
}

/** Step 2: the parsed tree to review and edit, then step 3: create the plan, goals and draft tasks. */
export function ImportReviewStep({
  parsed,
  sourceText,
  currentYear,
  departments,
  onBack,
  onDone,
}: {
  parsed: TParseResult;
  sourceText: string;
  currentYear: number;
  departments: { id: string; name: string }[];
  onBack: () => void;
  onDone: (done: TImportDone) => void;
}) {
  const t = useTranslations("planImport");
  const tv = useTranslations("validation");
  const id = useId();
  const { nodes, canUndo, change, undo } = useReviewTree(() => toReviewTree(parsed.plan, nextReviewId));
  const [title, setTitle] = useState(parsed.plan.title.slice(0, 200));
  const [year, setYear] = useState(String(parsed.year ?? currentYear));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<TNodeError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [dialog, setDialog] = useState<{ type: "cooperating" | "split"; id: string } | null>(null);
  const [addedLines, setAddedLines] = useState<ReadonlySet<number>>(new Set());

  const counts = useMemo(() => countReview(nodes), [nodes]);
  const departmentName = useMemo(() => new Map(departments.map((department) => [department.id, department.name])), [departments]);
  const errorsByNode = useMemo(() => {
    const map = new Map<string, TNodeError[]>();
    for (const error of errors) if (error.nodeId) map.set(error.nodeId, [...(map.get(error.nodeId) ?? []), error]);
    return map;
  }, [errors]);

  const onAction = useCallback(
    (action: TNodeAction) => {
      switch (action.type) {
        case "update":
          change((current) => updateNode(current, action.id, action.patch), action.undoable ?? false);
          return;
        case "drop":
          change((current) => dropNode(current, action.id));
          setSelected((current) => (current.has(action.id) ? toggle(current, action.id) : current));
          return;
        case "merge":
          change((current) => mergeIntoPrevious(current, action.id));
          return;
        case "select":
          setSelected((current) => toggle(current, action.id));
          return;
        case "collapse":
          setCollapsed((current) => toggle(current, action.id));
          return;
        case "cooperating":
        case "split":
          setDialog({ type: action.type, id: action.id });
      }
    },
    [change],
  );

  const context = useMemo<TRowContext>(
    () => ({ departments, departmentName, selected, collapsed, errors: errorsByNode, onAction }),
    [departments, departmentName, selected, collapsed, errorsByNode, onAction],
  );
  const dialogNode = dialog ? findNode(nodes, dialog.id) : undefined;
  const planErrors = errors.filter((error) => error.nodeId === "");
  const planError = (field: string) => planErrors.find((error) => error.field === field)?.message;
  const nodeErrorCount = errors.length - planErrors.length;
  const datedFromDocument = flattenReview(nodes).some((node) => node.dueDate !== "");

  function showErrors(fieldErrors: Record<string, string[]>) {
    const placed = nodeErrorsOf(nodes, fieldErrors);
    setErrors(placed);
    if (placed.some((error) => error.nodeId)) setCollapsed(new Set());
  }

  async function create() {
    setFailure(null);
    const input = toImportInput({ title, year: Number(year), sourceText }, nodes);
    const checked = ZImportPlanSchema.safeParse(input);
    if (!checked.success) {
      showErrors(fieldErrorsOf(checked.error.issues));
      setFailure(t("fixErrors"));
      return;
    }
    setErrors([]);
    setPending(true);
    try {
      const result = await importPlanAction(input);
      if (result.ok) onDone({ ...result.data, title });
      else {
        if (result.fieldErrors) showErrors(result.fieldErrors);
        setFailure(result.message);
      }
    } catch {
      setFailure(t("createFailed"));
    } finally {
      setPending(false);
    }
  }

  const focusNode = (nodeId: string) => {
    document.getElementById(`review-node-${nodeId}`)?.scrollIntoView({ block: "center" });
    document.getElementById(`review-title-${nodeId}`)?.focus();
  };
  const applyBulk = (patch: TBulkPatch) => change((current) => bulkAssign(current, selected, patch));
  const selectTasks = () => setSelected(new Set(flattenReview(nodes).filter((node) => node.choice !== "goal").map((node) => node.id)));
  const withChildren = () => new Set(flattenReview(nodes).filter((node) => node.children.length > 0).map((node) => node.id));

  return (
    <div className="grid gap-3">
      <Card>
        <CardHeader>
          <CardTitle>{t("reviewTitle")}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3">
          <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-title`}>{t("planTitle")}</Label>
              <Input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} aria-invalid={planError("title") ? true : undefined} />
              {planError("title") ? (
                <p role="alert" className="text-xs text-destructive">
                  {translateValidationMessage(tv, planError("title"))}
                </p>
              ) : null}
            </div>
            <div className="grid gap-1.5">
              <Label htmlFor={`${id}-year`}>{t("planYear")}</Label>
              <Input id={`${id}-year`} type="number" inputMode="numeric" min={2000} max={2100} value={year} onChange={(event) => setYear(event.target.value)} aria-invalid={planError("year") ? true : undefined} />
              {planError("year") ? (
                <p role="alert" className="text-xs text-destructive">
                  {translateValidationMessage(tv, planError("year"))}
                </p>
              ) : null}
            </div>
          </div>
          {parsed.year !== null && Number(year) !== parsed.year && datedFromDocument ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("yearChanged", { parsed: parsed.year, year })}</p>
          ) : null}
          <ReviewCounts counts={counts} unparsed={parsed.plan.unparsed.length} />
        </CardContent>
      </Card>

      {nodes.length === 0 ? (
        <Card>
          <EmptyState title={t("noNodes")}>
            <p>{t("noNodesHint")}</p>
          </EmptyState>
        </Card>
      ) : (
        <>
          <BulkAssignBar
            selectedCount={selected.size}
            departments={departments}
            onApply={applyBulk}
            onSelectTasks={selectTasks}
            onClearSelection={() => setSelected(new Set())}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" variant="outline" onClick={() => setCollapsed(new Set())}>
              {t("expandAll")}
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={() => setCollapsed(withChildren())}>
              {t("collapseAll")}
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={undo} disabled={!canUndo}>
              <Undo2 aria-hidden />
              {t("undo")}
            </Button>
          </div>
          <ul className="grid gap-2" aria-label={t("tree")}>
            {nodes.map((node, index) => (
              <ReviewNodeRow key={node.id} node={node} isFirstSibling={index === 0} context={context} />
            ))}
          </ul>
        </>
      )}

      <Card>
        <CardHeader>
          <CardTitle>{t("unparsedTitle", { n: parsed.plan.unparsed.length })}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-2">
          {parsed.plan.unparsed.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("unparsedNone")}</p>
          ) : (
            <>
              <p className="text-sm text-muted-foreground">{t("unparsedHint")}</p>
              <ul className="grid gap-1" data-testid="unparsed-lines">
                {parsed.plan.unparsed.map((line) => (
                  <li key={line.line} className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="num w-14 shrink-0 text-xs text-muted-foreground">{t("lineNo", { n: line.line })}</span>
                    <span className="min-w-0 flex-1 break-all">{line.text}</span>
                    {addedLines.has(line.line) ? (
                      <span className="text-xs text-green-800">{t("unparsedAdded")}</span>
                    ) : (
                      <Button
                        type="button"
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          change((current) => addUnparsedLine(current, line, nextReviewId()));
                          setAddedLines((current) => new Set([...current, line.line]));
                        }}
                      >
                        {t("unparsedAdd")}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {parsed.plan.preamble ? (
            <details className="text-sm">
              <summary className="cursor-pointer text-xs text-muted-foreground">{t("preamble", { n: parsed.plan.preamble.length })}</summary>
              <p className="mt-1 whitespace-pre-wrap text-muted-foreground">{parsed.plan.preamble}</p>
            </details>
          ) : null}
        </CardContent>
      </Card>

      <div className="grid gap-2">
        <FormMessage>{failure}</FormMessage>
        {nodeErrorCount > 0 ? (
          <ul className="grid gap-1 text-sm" aria-label={t("errorList")}>
            {errors
              .filter((error) => error.nodeId)
              .slice(0, 20)
              .map((error) => (
                <li key={`${error.nodeId}-${error.field}-${error.message}`}>
                  <button type="button" className="text-left text-destructive underline-offset-4 hover:underline" onClick={() => focusNode(error.nodeId)}>
                    {`${findNode(nodes, error.nodeId)?.title || t("untitled")}：${translateValidationMessage(tv, error.message)}`}
                  </button>
                </li>
              ))}
          </ul>
        ) : null}
        <p className="text-sm text-muted-foreground">{t("createHint", { tasks: counts.tasks, goals: counts.total })}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={create} disabled={pending || nodes.length === 0} aria-busy={pending}>
            {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
            {pending ? t("creating") : t("create", { n: counts.tasks })}
          </Button>
          <ConfirmDialog
            trigger={
              <Button type="button" variant="outline" disabled={pending}>
                {t("back")}
              </Button>
            }
            title={t("backTitle")}
            description={t("backDescription")}
            confirmLabel={t("backConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={onBack}
          />
        </div>
      </div>

      {dialog?.type === "cooperating" && dialogNode ? (
        <CooperatingDialog
          title={t("cooperatingFor", { title: dialogNode.title.slice(0, 40) || t("untitled") })}
          initial={dialogNode.cooperatingDepartmentIds}
          exclude={dialogNode.leadDepartmentId || null}
          departments={departments}
          onSave={(ids) => onAction({ type: "update", id: dialogNode.id, patch: { cooperatingDepartmentIds: ids }, undoable: true })}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.type === "split" && dialogNode ? (
        <SplitNodeDialog
          title={dialogNode.title.slice(0, 40) || t("untitled")}
          body={dialogNode.body}
          onSplit={(body, at) => change((current) => splitNode(updateNode(current, dialogNode.id, { body }), dialogNode.id, at, nextReviewId()))}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
