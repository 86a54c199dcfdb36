import { useTranslations } from "next-intl";
import type { TFrameworkCoverage } from "@/db/queries/indicators/coverage";
import { cn } from "@/lib/utils";

type TNode = TFrameworkCoverage["tree"][number];

/** 覆盖与达成 as a nested list (readable on a 375 px phone): counts per indicator, gaps marked. */
export function CoverageTree({ nodes }: { nodes: TNode[] }) {
  return (
    <ul className="grid gap-1.5">
      {nodes.map((node) => (
        <CoverageNode key={node.code} node={node} />
      ))}
    </ul>
  );
}

function CoverageNode({ node }: { node: TNode }) {
  const t = useTranslations("indicators");
  const counts = node.subtree;
  return (
    <li data-indicator={node.code} data-gap={node.gap ? "true" : undefined}>
      <div
        className={cn(
          "flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 rounded-md border px-3 py-2",
          node.gap ? "border-amber-400 bg-amber-50 dark:bg-amber-950/30" : "border-border bg-background",
        )}
      >
        <span className="min-w-0 break-words">
          <span className="num mr-1.5 text-muted-foreground">{node.code}</span>
          <span className={node.level === 1 ? "font-medium" : undefined}>{node.name}</span>
          {node.gap ? <span className="ml-2 rounded bg-amber-200 px-1.5 py-0.5 text-xs text-amber-900">{t("gap")}</span> : null}
        </span>
        <span className="flex gap-3 text-xs text-muted-foreground">
          <span>
            {t("tasks")} <b className="num text-foreground" data-testid="total">{counts.total}</b>
          </span>
          <span>
            {t("completed")} <b className="num text-foreground" data-testid="completed">{counts.completed}</b>
          </span>
          <span>
            {t("overdue")}{" "}
            <b className={cn("num", counts.overdue ? "text-red-700" : "text-foreground")} data-testid="overdue">
              {counts.overdue}
            </b>
          </span>
        </span>
      </div>
      {node.children.length ? (
        <div className="mt-1.5 border-l border-border pl-3 sm:pl-5">
          <CoverageTree nodes={node.children} />
        </div>
      ) : null}
    </li>
  );
}
