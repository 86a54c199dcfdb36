import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

/**
 * One column of a DataTable. On a phone (< 640 px) every row becomes a card and every
 * cell a line of it, labelled with the column header, so a column hidden on a narrow
 * desktop (`hideBelow`) still shows on the card.
 */
export type TColumn<T> = {
  key: string;
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
  /** Numbers align right in the table. */
  numeric?: boolean;
  /** Between 640 px and this width the column is left out of the table. */
  hideBelow?: "md" | "lg";
  /** On the card: "title" heads it (no label), "plain" shows without label, "hidden" leaves it off. */
  card?: "title" | "label" | "plain" | "hidden";
};

const HIDE: Record<NonNullable<TColumn<unknown>["hideBelow"]>, string> = {
  md: "sm:max-md:hidden",
  lg: "sm:max-lg:hidden",
};

// The row and cell classes are defined once in app/globals.css (a page of rows repeated them hundreds of times).
const CARD: Record<NonNullable<TColumn<unknown>["card"]>, string> = {
  title: "data-cell-title",
  label: "data-cell-label",
  plain: "",
  hidden: "max-sm:hidden",
};

/**
 * A table on a desktop, a list of cards on a phone — one markup for both (CSS only),
 * so a row's links and buttons exist once and tests find them at any width.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  rowProps,
  caption,
  className,
}: {
  rows: readonly T[];
  columns: readonly TColumn<T>[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => ComponentProps<"tr"> & Record<`data-${string}`, string | undefined>;
  caption?: string;
  className?: string;
}) {
  return (
    <div className={cn("w-full overflow-x-auto max-sm:overflow-visible", className)}>
      <table className="w-full border-collapse text-sm max-sm:block">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="max-sm:hidden">
          <tr>
            {columns.map((c) => (
              <Th key={c.key} className={cn(c.numeric && "num text-right", c.hideBelow && HIDE[c.hideBelow], c.className)}>
                {c.header}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="bg-background max-sm:grid max-sm:gap-2 max-sm:bg-transparent">
          {rows.map((row) => {
            const extra = rowProps?.(row) ?? {};
            return (
              <tr
                key={rowKey(row)}
                {...extra}
                className={cn("data-row", extra.className)}
              >
                {columns.map((c) => (
                  <td
                    key={c.key}
                    data-label={c.header}
                    className={cn("data-cell", c.numeric && "num text-right max-sm:text-left", c.hideBelow && HIDE[c.hideBelow], CARD[c.card ?? "label"], c.className)}
                  >
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("border-b border-border bg-muted/60 px-3 py-2 text-left font-medium whitespace-nowrap text-muted-foreground", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-border px-3 py-2 align-top", className)} {...props} />;
}
