import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { TIndicatorTag } from "@/db/queries/indicator-tags/catalogue";
import type { TTaskDetail } from "@/db/queries/tasks/task-detail";

/**
 * 指标: the indicators of the frameworks the task serves (its tags, each a link to
 * the task list filtered by it) and the task's own figures (target vs actual).
 */
export async function TaskIndicatorsCard({ tags, indicators }: { tags: readonly TIndicatorTag[]; indicators: TTaskDetail["indicators"] }) {
  const t = await getTranslations("taskDetail");
  const tt = await getTranslations("tagging");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("indicators")}</CardTitle>
      </CardHeader>
      <CardContent className="p-0">
        <div className="border-b border-border px-4 py-3">
          <h3 className="mb-1.5 text-xs font-medium text-muted-foreground">{tt("label")}</h3>
          {tags.length === 0 ? (
            <p className="text-sm text-muted-foreground">{tt("none")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {tags.map((tag) => (
                <li key={tag.code} title={tag.frameworkName}>
                  <Link href={`/tasks?indicator=${encodeURIComponent(tag.code)}`} className="hover:underline">
                    <span className="font-mono text-xs text-muted-foreground">{tag.code}</span> {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        {indicators.length === 0 ? (
          <p className="p-4 text-sm text-muted-foreground">{t("noIndicators")}</p>
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t("indicator")}</Th>
                <Th className="num">{t("target")}</Th>
                <Th className="num">{t("actual")}</Th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((i) => (
                <tr key={i.id}>
                  <Td>{i.name}</Td>
                  <Td className="num">{i.target === null ? "—" : `${Number(i.target)}${i.unit}`}</Td>
                  <Td className="num">{i.actual === null ? "—" : `${Number(i.actual)}${i.unit}`}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
