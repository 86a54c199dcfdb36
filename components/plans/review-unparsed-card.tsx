"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { TUnparsedLine } from "@/lib/domain/plan-import";

/** Lines the parser placed nowhere (each may be added as an item), and the preamble. */
export function ReviewUnparsedCard({ unparsed, preamble, addedLines, onAdd }: {
  unparsed: readonly TUnparsedLine[];
  preamble: string;
  addedLines: ReadonlySet<number>;
  onAdd: (line: TUnparsedLine) => void;
}) {
  const t = useTranslations("planImport");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("unparsedTitle", { n: unparsed.length })}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2">
        {unparsed.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("unparsedNone")}</p>
        ) : (
          <>
            <p className="text-sm text-muted-foreground">{t("unparsedHint")}</p>
            <ul className="grid gap-1" data-testid="unparsed-lines">
              {unparsed.map((line) => (
                <li key={line.line} className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="num w-14 shrink-0 text-xs text-muted-foreground">{t("lineNo", { n: line.line })}</span>
                  <span className="min-w-0 flex-1 break-all">{line.text}</span>
                  {addedLines.has(line.line) ? (
                    <span className="text-xs text-green-800">{t("unparsedAdded")}</span>
                  ) : (
                    <Button type="button" size="sm" variant="ghost" onClick={() => onAdd(line)}>
                      {t("unparsedAdd")}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        {preamble ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-xs text-muted-foreground">{t("preamble", { n: preamble.length })}</summary>
            <p className="mt-1 whitespace-pre-wrap text-muted-foreground">{preamble}</p>
          </details>
        ) : null}
      </CardContent>
    </Card>
  );
}
