import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { TDocOperation } from "@/lib/api/docs-model";
import { FieldTable } from "./field-table";

/** One endpoint: method and path, summary, parameters, body fields and statuses. */
export async function OperationCard({ operation }: { operation: TDocOperation }) {
  const t = await getTranslations("apiDocs");
  return (
    <section id={operation.id} className="rounded-lg border border-border p-4">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <Badge tone={operation.method === "GET" ? "blue" : "green"}>{operation.method}</Badge>
        <span className="break-all">{operation.path}</span>
        <Badge tone="grey">{operation.isPublic ? t("public") : t("signedIn")}</Badge>
      </h3>
      <p className="mt-2 font-medium">{operation.summary}</p>
      {operation.description && <p className="mt-1 text-sm text-muted-foreground">{operation.description}</p>}
      {operation.parameters.length > 0 && (
        <>
          <h4 className="mt-4 mb-1 text-sm font-semibold">{t("parameters")}</h4>
          <FieldTable fields={operation.parameters} showLocation />
        </>
      )}
      {operation.body.length > 0 && (
        <>
          <h4 className="mt-4 mb-1 text-sm font-semibold">{t("body")}</h4>
          <FieldTable fields={operation.body} />
        </>
      )}
      <h4 className="mt-4 mb-1 text-sm font-semibold">{t("responses")}</h4>
      <Table>
        <thead>
          <tr>
            <Th>{t("status")}</Th>
            <Th>{t("schema")}</Th>
            <Th>{t("notes")}</Th>
          </tr>
        </thead>
        <tbody>
          {operation.responses.map((response) => (
            <tr key={response.status}>
              <Td className="font-mono tabular-nums">{response.status}</Td>
              <Td className="font-mono text-xs">{response.schema}</Td>
              <Td className="text-muted-foreground">{response.description}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
