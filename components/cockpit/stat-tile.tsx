import Link from "next/link";
import { cn } from "@/lib/utils";

/** A number with its label, linking to the list it counts (the figure and the list always agree). */
export function StatTile({ label, value, href, tone, testId }: { label: string; value: number; href: string; tone?: "red" | "yellow" | "green"; testId: string }) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className={cn(
        "block rounded-lg border bg-background p-3 hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        tone === "red" ? "border-red-200" : tone === "yellow" ? "border-amber-200" : tone === "green" ? "border-green-200" : "border-border",
      )}
    >
      <span className="flex items-center gap-1.5 text-xs text-muted-foreground">
        {tone ? <span className={cn("size-2 rounded-full", tone === "red" ? "bg-red-600" : tone === "yellow" ? "bg-amber-500" : "bg-green-600")} aria-hidden /> : null}
        {label}
      </span>
      <span className="num block text-left text-2xl font-semibold" data-value={value}>
        {value}
      </span>
    </Link>
  );
}
