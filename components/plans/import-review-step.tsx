"use client";

import { Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useReducer } from "react";
import { importPlanAction } from "@/app/(app)/plans/actions";
import { EmptyState } from "@/components/shell/empty-state";
import { Button } from "@/components/ui/button";
import { ReasonedButton } from "@/components/ui/reasoned-button";
import { Card } from "@/components/ui/card";
import { countReview, nodeErrorsOf, toImportInput, type TNodeError } from "@/lib/domain/plan-review/import-input";
import { qualifiedCodeOf, type TCatalogueIndicator } from "@/lib/domain/indicator-tags/codes";
import { initialReviewScreen, reviewScreenReducer } from "@/lib/domain/plan-review/review-screen";
import {
  acceptSuggestion, ancestorIds, dismissSuggestion, firstPendingSuggestion, pendingSuggestionCount, setNodeTags, settleAllSuggestions, withSuggestions,
} from "@/lib/domain/plan-review/review-tags";
import {
  addUnparsedLine, bulkAssign, dropNode, findNode, flattenReview, mergeIntoPrevious, splitNode, toReviewTree, updateNode,
} from "@/lib/domain/plan-review/review-tree";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { BulkAssignBar, type TBulkPatch } from "./bulk-assign-bar";
import { CooperatingDialog } from "./cooperating-dialog";
import type { TParseResult } from "./import-source-step";
import { ReviewNodeRow, type TNodeAction, type TRowContext } from "./review-node-row";
import { ReviewPlanCard } from "./review-plan-card";
import { ReviewSubmitBar } from "./review-submit-bar";
import { ReviewSuggestionsNote, SUGGESTIONS_NOTE_ID } from "./review-suggestions-note";
import { suggestionAnchorId } from "./review-tag-chips";
import { ReviewUnparsedCard } from "./review-unparsed-card";
import { SplitNodeDialog } from "./split-node-dialog";
import { nextReviewId, useReviewTree } from "./use-review-tree";

// The shared import schema (zod with it) checks the tree before it is sent: loaded when the
// review step appears, after the document was parsed, not with the page (js budget).
const loadImportSchema = () => import("@/lib/validation/imports");

export type TImportDone = { planId: string; title: string; goals: number; tasks: number; problems: number };

/**
 * Step 2: the parsed tree to review and edit, then step 3: create the plan, goals and draft tasks.
 * The tree (with undo) lives in useReviewTree; everything else on the screen in one reducer
 * (lib/domain/plan-review/review-screen.ts). Indicator tags are suggested from each node's
 * text against the catalogue and wait for 采纳 / 忽略 before the import may be created.
 */
export function ImportReviewStep({ parsed, sourceText, currentYear, departments, catalogue, onBack, onDone }: {
  parsed: TParseResult;
  sourceText: string;
  currentYear: number;
  departments: { id: string; name: string }[];
  catalogue: readonly TCatalogueIndicator[];
  onBack: () => void;
  onDone: (done: TImportDone) => void;
}) {
  const t = useTranslations("planImport");
  const tw = useTranslations("whyDisabled");
  const { nodes, canUndo, change, undo } = useReviewTree(() => withSuggestions(toReviewTree(parsed.plan, nextReviewId), catalogue));
  const [screen, dispatch] = useReducer(reviewScreenReducer, { title: parsed.plan.title, year: parsed.year ?? currentYear }, initialReviewScreen);
  const { selected, collapsed, errors, dialog } = screen;
  useEffect(() => void loadImportSchema().catch(() => undefined), []);

  const counts = useMemo(() => countReview(nodes), [nodes]);
  const departmentName = useMemo(() => new Map(departments.map((department) => [department.id, department.name])), [departments]);
  const indicatorName = useMemo(() => new Map(catalogue.map((entry) => [qualifiedCodeOf(entry), entry.name])), [catalogue]);
  const pendingSuggestions = useMemo(() => pendingSuggestionCount(nodes), [nodes]);
  const errorsByNode = useMemo(() => {
    const map = new Map<string, TNodeError[]>();
    for (const error of errors) if (error.nodeId) map.set(error.nodeId, [...(map.get(error.nodeId) ?? []), error]);
    return map;
  }, [errors]);

  const onAction = useCallback(
    (action: TNodeAction) => {
      if (action.type === "update") change((current) => updateNode(current, action.id, action.patch), action.undoable ?? false);
      else if (action.type === "drop") {
        change((current) => dropNode(current, action.id));
        dispatch({ type: "dropped", id: action.id });
      } else if (action.type === "merge") change((current) => mergeIntoPrevious(current, action.id));
      else if (action.type === "select") dispatch({ type: "toggleSelected", id: action.id });
      else if (action.type === "collapse") dispatch({ type: "toggleCollapsed", id: action.id });
      else if (action.type === "acceptTag" || action.type === "dismissTag" || action.type === "removeTag") {
        const { id, code } = action;
        if (action.type === "acceptTag") change((current) => acceptSuggestion(current, id, code));
        else if (action.type === "dismissTag") change((current) => dismissSuggestion(current, id, code));
        else change((current) => setNodeTags(current, id, (findNode(current, id)?.indicatorCodes ?? []).filter((c) => c !== code)));
        // The pressed chip is gone: keep the keyboard on this row (its next suggestion, else its title).
        requestAnimationFrame(() => (document.getElementById(suggestionAnchorId(id)) ?? document.getElementById(`review-title-${id}`))?.focus());
      } else dispatch({ type: "openDialog", dialog: { type: action.type, id: action.id } });
    },
    [change],
  );

  const context = useMemo<TRowContext>(
    () => ({ departments, departmentName, indicatorName, selected, collapsed, errors: errorsByNode, onAction }),
    [departments, departmentName, indicatorName, selected, collapsed, errorsByNode, onAction],
  );
  const dialogNode = dialog ? findNode(nodes, dialog.id) : undefined;
  const planError = (field: string) => errors.find((error) => error.nodeId === "" && error.field === field)?.message;
  const idsWhere = (keep: (node: (typeof nodes)[number]) => boolean) => new Set(flattenReview(nodes).filter(keep).map((node) => node.id));

  /** Unfolds the way to the first pending suggestion and puts the keyboard on its 采纳. */
  const jumpToSuggestion = (blocked: boolean) => {
    const node = firstPendingSuggestion(nodes);
    if (!node) return;
    const reveal = ancestorIds(nodes, node.id);
    dispatch(blocked ? { type: "blockedBySuggestions", reveal } : { type: "reveal", ids: reveal });
    requestAnimationFrame(() => {
      const anchor = document.getElementById(suggestionAnchorId(node.id));
      anchor?.scrollIntoView({ block: "center" });
      anchor?.focus();
    });
  };

  async function create() {
    // Nothing is tagged without the reviewer's word: every suggestion is accepted or ignored first.
    if (pendingSuggestions > 0) {
      jumpToSuggestion(true);
      return;
    }
    const input = toImportInput({ title: screen.title, year: Number(screen.year), sourceText }, nodes);
    const { ZImportPlanSchema } = await loadImportSchema();
    const checked = ZImportPlanSchema.safeParse(input);
    if (!checked.success) {
      dispatch({ type: "refused", errors: nodeErrorsOf(nodes, fieldErrorsOf(checked.error)), failure: t("fixErrors") });
      return;
    }
    dispatch({ type: "submitStarted" });
    try {
      const result = await importPlanAction(input);
      if (result.ok) onDone({ ...result.data, title: screen.title });
      else dispatch({ type: "refused", errors: result.fieldErrors ? nodeErrorsOf(nodes, result.fieldErrors) : [], failure: result.message });
    } catch {
      dispatch({ type: "refused", errors: [], failure: t("createFailed") });
    } finally {
      dispatch({ type: "submitFinished" });
    }
  }

  const focusNode = (nodeId: string) => {
    document.getElementById(`review-node-${nodeId}`)?.scrollIntoView({ block: "center" });
    document.getElementById(`review-title-${nodeId}`)?.focus();
  };

  return (
    <div className="grid gap-3">
      <ReviewPlanCard
        title={screen.title}
        year={screen.year}
        parsedYear={parsed.year}
        datedFromDocument={flattenReview(nodes).some((node) => node.dueDate !== "")}
        counts={counts}
        unparsed={parsed.plan.unparsed.length}
        errorOf={planError}
        onTitle={(value) => dispatch({ type: "title", value })}
        onYear={(value) => dispatch({ type: "year", value })}
      />

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
            onApply={(patch: TBulkPatch) => change((current) => bulkAssign(current, selected, patch))}
            onSelectTasks={() => dispatch({ type: "select", ids: idsWhere((node) => node.choice !== "goal") })}
            onClearSelection={() => dispatch({ type: "select", ids: new Set() })}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" variant="outline" onClick={() => dispatch({ type: "collapse", ids: new Set() })}>
              {t("expandAll")}
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={() => dispatch({ type: "collapse", ids: idsWhere((node) => node.children.length > 0) })}>
              {t("collapseAll")}
            </Button>
            <ReasonedButton type="button" size="sm" variant="outline" onClick={undo} why={canUndo ? null : tw("nothingToUndo")}>
              <Undo2 aria-hidden />
              {t("undo")}
            </ReasonedButton>
          </div>
          <ul className="grid gap-2" aria-label={t("tree")}>
            {nodes.map((node, index) => (
              <ReviewNodeRow key={node.id} node={node} isFirstSibling={index === 0} context={context} />
            ))}
          </ul>
        </>
      )}

      <ReviewUnparsedCard
        unparsed={parsed.plan.unparsed}
        preamble={parsed.plan.preamble}
        addedLines={screen.addedLines}
        onAdd={(line) => {
          change((current) => addUnparsedLine(current, line, nextReviewId()));
          dispatch({ type: "lineAdded", line: line.line });
        }}
      />

      <ReviewSuggestionsNote
        pending={pendingSuggestions}
        blocked={screen.suggestionsBlocked}
        onJump={() => jumpToSuggestion(false)}
        onSettleAll={(accept) => change((current) => settleAllSuggestions(current, accept))}
      />
      <ReviewSubmitBar
        failure={screen.failure}
        nodeErrors={errors.filter((error) => error.nodeId)}
        titleOf={(nodeId) => findNode(nodes, nodeId)?.title ?? ""}
        counts={counts}
        pending={screen.pending}
        canCreate={nodes.length > 0}
        describedBy={pendingSuggestions > 0 ? SUGGESTIONS_NOTE_ID : undefined}
        onFocus={focusNode}
        onCreate={create}
        onBack={onBack}
      />

      {dialog?.type === "cooperating" && dialogNode ? (
        <CooperatingDialog
          title={t("cooperatingFor", { title: dialogNode.title.slice(0, 40) || t("untitled") })}
          initial={dialogNode.cooperatingDepartmentIds}
          exclude={dialogNode.leadDepartmentId || null}
          departments={departments}
          onSave={(ids) => onAction({ type: "update", id: dialogNode.id, patch: { cooperatingDepartmentIds: ids }, undoable: true })}
          onClose={() => dispatch({ type: "closeDialog" })}
        />
      ) : null}
      {dialog?.type === "split" && dialogNode ? (
        <SplitNodeDialog
          title={dialogNode.title.slice(0, 40) || t("untitled")}
          body={dialogNode.body}
          onSplit={(body, at) => change((current) => splitNode(updateNode(current, dialogNode.id, { body }), dialogNode.id, at, nextReviewId()))}
          onClose={() => dispatch({ type: "closeDialog" })}
        />
      ) : null}
    </div>
  );
}
