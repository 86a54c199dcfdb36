import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { TDocField } from "@/lib/api/docs-model";

/** Parameters or body fields of one endpoint: name, (where), type, required, notes. */
export async function FieldTable({ fields, showLocation = false }: { fields: (TDocField & { in?: string })[]; showLocation?: boolean }) {
  const t = await getTranslations("apiDocs");
  return (
    <Table>
      <thead>
        <tr>
          <Th>{t("name")}</Th>
          {showLocation && <Th>{t("location")}</Th>}
          <Th>{t("type")}</Th>
          <Th>{t("required")}</Th>
          <Th>{t("notes")}</Th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={`${field.in ?? ""}:${field.name}`}>
            <Td className="font-mono">{field.name}</Td>
            {showLocation && <Td>{field.in}</Td>}
            <Td className="font-mono text-xs break-words">{field.type}</Td>
            <Td>{field.required ? t("yes") : t("no")}</Td>
            <Td className="text-muted-foreground">{field.notes}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
