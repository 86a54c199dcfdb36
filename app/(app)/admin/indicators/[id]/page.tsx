import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AddIndicatorForm } from "@/components/indicators/add-indicator-form";
import { AssessmentToggle } from "@/components/indicators/assessment-toggle";
import { IndicatorImport } from "@/components/indicators/indicator-import";
import { IndicatorRowActions } from "@/components/indicators/indicator-row-actions";
import { EmptyState } from "@/components/shell/empty-state";
import { getIndicatorFramework, listFrameworkIndicators } from "@/db/queries/indicators/frameworks";
import { requireActor } from "@/lib/auth/current-actor";
import { nestIndicators, type TTreeNode } from "@/lib/domain/indicators/tree";
import { can } from "@/lib/domain/permissions";
import { ZId } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("title") };
}

type TRow = Awaited<ReturnType<typeof listFrameworkIndicators>>[number];

/** One framework's tree, edited on screen or imported from Excel. */
export default async function IndicatorFrameworkPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  if (!can(actor, "indicator:manage")) forbidden();
  const id = ZId.safeParse((await params).id);
  const framework = id.success ? await getIndicatorFramework(id.data) : null;
  if (!framework) notFound();
  const [t, rows] = await Promise.all([getTranslations("indicators"), listFrameworkIndicators(framework.id)]);
  const parents = rows.map((r) => ({ id: r.id, code: r.code, name: r.name }));
  const renderNodes = (nodes: TTreeNode<TRow>[]) => (
    <ul className="grid gap-1.5">
      {nodes.map((node) => (
        <li key={node.id} data-indicator={node.code}>
          <div className="grid gap-1 rounded-md border border-border bg-background px-3 py-2">
            <span className="break-words">
              <span className="num mr-1.5 text-muted-foreground">{node.code}</span>
              <span className={node.level === 1 ? "font-medium" : undefined}>{node.name}</span>
            </span>
            <IndicatorRowActions indicator={node} parents={parents} />
          </div>
          {node.children.length ? <div className="mt-1.5 border-l border-border pl-3 sm:pl-5">{renderNodes(node.children)}</div> : null}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold">{framework.name}</h2>
        <Link className="text-sm underline underline-offset-2" href={`/indicators?framework=${framework.id}`}>
          {t("coverage")}
        </Link>
      </div>
      <p className="text-xs text-muted-foreground">{framework.description}</p>
      <AssessmentToggle framework={framework} />
      {rows.length ? renderNodes(nestIndicators(rows)) : <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
      <AddIndicatorForm frameworkId={framework.id} frameworkVersion={framework.version} parents={parents} />
      <IndicatorImport frameworkId={framework.id} />
    </div>
  );
}
