"use client";

import { type ComponentProps, createContext, type KeyboardEvent, type ReactNode, use } from "react";
import { cx } from "@/lib/class-names";

// Tabs that switch a value, with the keyboard use of Radix's Tabs that they replaced (~5 kB
// gzip on /login, docs/performance/js-budget.md): a tablist whose selected tab alone is in the
// tab order; ←/→ (wrapping), Home and End move to another tab and select it.

type TTabsState = { value: string; select: (value: string) => void };
const TabsState = createContext<TTabsState | null>(null);

export function Tabs({ value, onValueChange, children }: { value: string; onValueChange: (value: string) => void; children: ReactNode }) {
  return <TabsState value={{ value, select: (next) => next !== value && onValueChange(next) }}>{children}</TabsState>;
}

export function TabsList({ className, ...props }: ComponentProps<"div">) {
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]:not(:disabled)')];
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    tab.focus();
    tab.click();
  };
  return <div role="tablist" aria-orientation="horizontal" className={cx("inline-flex w-full border-b border-border", className)} onKeyDown={move} {...props} />;
}

export function TabsTrigger({ value, className, ...props }: Omit<ComponentProps<"button">, "value"> & { value: string }) {
  const state = use(TabsState);
  const active = state?.value === value;
  return (
    <button
      type="button"
      role="tab"
      aria-selected={active}
      data-state={active ? "active" : "inactive"}
      tabIndex={active ? 0 : -1}
      className={cx(
        "-mb-px flex-1 border-b-2 border-transparent px-3 py-2 text-sm text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=active]:border-primary data-[state=active]:font-medium data-[state=active]:text-foreground",
        className,
      )}
      onClick={() => state?.select(value)}
      {...props}
    />
  );
}
