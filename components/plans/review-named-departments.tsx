"use client";

import { TriangleAlert, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { TDepartmentRef } from "@/lib/domain/plan-import";
import type { TReviewNode } from "@/lib/domain/plan-review/review-tree";

type TPatch = Partial<Pick<TReviewNode, "leadDepartmentId" | "coLeadDepartmentIds" | "cooperatingDepartmentIds">>;

/**
 * What the document named beside what the node is assigned: joint leads (共同牵头), names as
 * the document wrote them when they were matched to a department of another spelling, and
 * names that matched none — with the same kind of department elsewhere offered, never applied
 * until the reviewer takes it (a county's 县司法局 is not the district's 区司法局 by itself).
 */
export function ReviewNamedDepartments({ node, departmentName, onUpdate }: {
  node: TReviewNode;
  departmentName: ReadonlyMap<string, string>;
  onUpdate: (patch: TPatch) => void;
}) {
  const t = useTranslations("planImport");
  const { leads, cooperating } = node.named;
  const renamed = [...leads, ...cooperating].filter((ref) => ref.id !== null && ref.sourceName !== ref.name);
  const unmatchedLeads = leads.filter((ref, index) => ref.id === null && !(index === 0 && node.leadDepartmentId));
  const unmatchedCooperating = cooperating.filter((ref) => ref.id === null);

  const takeLead = (id: string) =>
    onUpdate(node.leadDepartmentId ? { coLeadDepartmentIds: [...new Set([...node.coLeadDepartmentIds, id])] } : { leadDepartmentId: id });
  const takeCooperating = (id: string) => onUpdate({ cooperatingDepartmentIds: [...new Set([...node.cooperatingDepartmentIds, id])] });
  const unmatched = (ref: TDepartmentRef, message: string, take: (id: string) => void) => (
    <span key={`${message}-${ref.sourceName}`} className="flex flex-wrap items-center gap-1">
      <Badge tone="yellow" data-testid="unmatched-department">
        <TriangleAlert className="size-3" aria-hidden />
        {message}
      </Badge>
      {ref.suggestion ? (
        <Button type="button" size={null} variant="outline" className="h-6 px-2 text-xs" onClick={() => take(ref.suggestion!.id)}>
          {t("takeSuggestion", { name: ref.suggestion.name })}
        </Button>
      ) : null}
    </span>
  );

  if (node.coLeadDepartmentIds.length === 0 && renamed.length === 0 && unmatchedLeads.length === 0 && unmatchedCooperating.length === 0) return null;
  return (
    <div className="grid gap-1 text-xs sm:pl-7">
      {node.coLeadDepartmentIds.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1 text-muted-foreground" data-testid="co-leads">
          {t("coLeads")}
          {node.coLeadDepartmentIds.map((id) => (
            <Badge key={id} tone="blue">
              {departmentName.get(id) ?? "?"}
              <button
                type="button"
                className="rounded hover:bg-blue-200 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                aria-label={t("removeCoLead", { name: departmentName.get(id) ?? "?" })}
                onClick={() => onUpdate({ coLeadDepartmentIds: node.coLeadDepartmentIds.filter((other) => other !== id) })}
              >
                <X className="size-3" aria-hidden />
              </button>
            </Badge>
          ))}
        </div>
      ) : null}
      {renamed.length > 0 ? (
        <p className="text-muted-foreground">
          {renamed.map((ref) => t("sourceName", { source: ref.sourceName, name: ref.name })).join("；")}
        </p>
      ) : null}
      {unmatchedLeads.length > 0 || unmatchedCooperating.length > 0 ? (
        <div className="flex flex-wrap gap-1">
          {unmatchedLeads.map((ref) => unmatched(ref, t("unmatchedLead", { name: ref.sourceName }), takeLead))}
          {unmatchedCooperating.map((ref) => unmatched(ref, t("unmatchedCooperating", { name: ref.sourceName }), takeCooperating))}
        </div>
      ) : null}
    </div>
  );
}
