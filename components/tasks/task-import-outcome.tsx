"use client";

import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { TImportOutcome } from "./post-task-import";

/** What an upload came to: loaded with its first answer, not with the page (js budget). */
export function ImportOutcome({ outcome }: { outcome: TImportOutcome }) {
  const t = useTranslations("taskImport");
  if (outcome.kind === "created") {
    return (
      <div role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-green-700/40 bg-green-50 p-3 text-sm">
        <CircleCheck aria-hidden className="size-4 text-green-700" />
        <span>{t("created", { n: outcome.created })}</span>
        <Link className="text-primary underline underline-offset-4" href="/tasks?status=draft&sort=created">
          {t("viewDrafts")}
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-2">
      <p role="alert" className="flex items-start gap-2 rounded-md border border-destructive/40 bg-destructive/5 p-3 text-sm text-destructive">
        <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
        {outcome.message}
      </p>
      {outcome.kind === "refused" ? (
        <Table aria-label={t("errorsTitle")}>
          <thead>
            <tr>
              <Th className="num">{t("row")}</Th>
              <Th>{t("column")}</Th>
              <Th>{t("problem")}</Th>
            </tr>
          </thead>
          <tbody className="bg-background">
            {outcome.errors.map((error, i) => (
              <tr key={`${error.path}-${i}`}>
                <Td className="num">{error.row ?? t("wholeFile")}</Td>
                <Td className="whitespace-nowrap">{error.column ?? "—"}</Td>
                <Td>{error.message}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
