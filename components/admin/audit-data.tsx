import { ArrowRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TAuditRow, TAuditValue } from "@/lib/domain/audit-description";
import { formatDay, formatMoment } from "@/lib/format";

type TTranslate = { (key: string): string; has: (key: string) => boolean };
type TContext = { names: Map<string, string>; locale: string; timeZone: string; tw: TTranslate; codes: (namespace: string, code: string) => string };

function valueText(value: TAuditValue, c: TContext): string {
  switch (value.kind) {
    case "empty":
      return c.tw("empty");
    case "text":
      return value.text;
    case "number":
      return String(value.value);
    case "bool":
      return value.value ? c.tw("yes") : c.tw("no");
    case "day":
      return formatDay(value.iso, c.locale);
    case "moment":
      return formatMoment(value.iso, c.locale, c.timeZone);
    case "code":
      return c.codes(value.namespace, value.code);
    case "ref":
      return c.names.get(value.id) ?? c.tw("unknownRef");
    case "list":
      return value.items.length === 0 ? c.tw("empty") : value.items.map((item) => valueText(item, c)).join("、");
  }
}

/**
 * One audit event's data as labelled fields: a change reads 状态：待审核 → 办理中,
 * days as 2026年12月3日, departments and people by name. The raw record stays
 * one click away for an auditor who wants the exact bytes.
 */
export async function AuditData({ rows, raw, names, locale, timeZone }: { rows: TAuditRow[] | null; raw: unknown; names: Map<string, string>; locale: string; timeZone: string }) {
  const root: TTranslate = await getTranslations();
  const t = await getTranslations("audit");
  const tw = await getTranslations("auditWords");
  const c: TContext = {
    names,
    locale,
    timeZone,
    tw,
    codes: (namespace, code) => (root.has(`${namespace}.${code}`) ? root(`${namespace}.${code}`) : code),
  };
  const label = (field: string) => (root.has(`auditFields.${field}`) ? root(`auditFields.${field}`) : field);
  return (
    <div className="grid gap-1 text-xs">
      {rows === null ? (
        // Not in the vocabulary's shape (an older event): the raw record below says what it holds.
        <span className="text-muted-foreground">{tw("unreadable")}</span>
      ) : rows.length === 0 ? (
        <span className="text-muted-foreground">{tw("noData")}</span>
      ) : (
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5">
          {rows.map((row) => (
            <div key={row.field} className="contents" data-field={row.field}>
              <dt className="text-muted-foreground">{label(row.field)}</dt>
              <dd className="break-words">
                {"value" in row ? (
                  valueText(row.value, c)
                ) : (
                  <>
                    <span className="text-muted-foreground line-through decoration-muted-foreground/50">{valueText(row.before, c)}</span>
                    <ArrowRight aria-label={tw("changedTo")} className="mx-1 inline size-3" />
                    <span className="font-medium">{valueText(row.after, c)}</span>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <details>
        <summary className="cursor-pointer text-primary underline underline-offset-2">{t("show")}</summary>
        <pre className="mt-1 max-h-64 max-w-[28rem] overflow-auto rounded bg-muted p-2 text-xs break-all whitespace-pre-wrap">{JSON.stringify(raw, null, 2)}</pre>
      </details>
    </div>
  );
}
