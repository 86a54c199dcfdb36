import type { ComponentProps } from "react";
import { cx, withDefaults } from "@/lib/class-names";

// A heading's own alignment (text-right for numbers) replaces the default, as tailwind-merge did.
const ALIGN = [[/^text-(left|right|center)$/, "text-left"]] as const;

export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="w-full overflow-x-auto">
      <table className={cx("w-full border-collapse text-sm", className)} {...props} />
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      className={withDefaults("border-b border-border bg-muted/60 px-3 py-2 font-medium text-muted-foreground whitespace-nowrap", ALIGN, className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cx("border-b border-border px-3 py-2 align-top", className)} {...props} />;
}
