import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input, NativeSelect, Textarea } from "@/components/ui/input";
import { Th } from "@/components/ui/table";
import { cx, withDefaults } from "@/lib/class-names";

// The components that reach the browser join classes without tailwind-merge (8.4 kB gzip);
// their defaults give way to a caller's class of the same kind. For every className the app
// passes them, the classes must be those tailwind-merge gave before (order aside).
const classesOf = (Component: ComponentType<never>, props: Record<string, unknown>) => {
  const html = renderToStaticMarkup(createElement(Component, props as never));
  return new Set(/class="([^"]*)"/.exec(html)![1]!.replaceAll("&amp;", "&").split(" ").filter(Boolean));
};
const set = (classes: string) => new Set(classes.split(/\s+/).filter(Boolean));

const OLD_FIELD =
  "flex h-9 w-full rounded-md border border-border bg-background px-3 py-1 text-sm shadow-xs placeholder:text-muted-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive";

describe("classes without tailwind-merge", () => {
  it("cx joins what is given and leaves out the rest", () => {
    expect(cx("a", false, null, undefined, "", "b")).toBe("a b");
  });

  it("withDefaults drops a default only for a caller's class of its kind without a variant", () => {
    const defaults = [[/^w-/, "w-full"]] as const;
    expect(withDefaults("flex", defaults, "w-24")).toBe("flex w-24");
    expect(withDefaults("flex", defaults, "sm:w-48")).toBe("flex w-full sm:w-48");
    expect(withDefaults("flex", defaults)).toBe("flex w-full");
  });

  it("fields take the caller's width, height and text size as tailwind-merge did", () => {
    for (const extra of ["", "w-24", "min-w-40 flex-1", "h-8 w-20", "w-44", "h-8 sm:w-40", "h-8 min-w-48 flex-1", "min-w-0", "pr-10"]) {
      expect(classesOf(Input, { className: extra }), extra).toEqual(set(twMerge(OLD_FIELD, extra)));
    }
    for (const extra of ["", "h-8 sm:w-48", "h-8 sm:w-44", "h-8 sm:w-32", "min-w-0"]) {
      expect(classesOf(NativeSelect, { className: extra }), extra).toEqual(set(twMerge(OLD_FIELD, "pr-8", extra)));
    }
    for (const extra of ["", "font-mono text-xs sm:text-sm"]) {
      expect(classesOf(Textarea, { className: extra }), extra).toEqual(set(twMerge(OLD_FIELD, "h-auto min-h-20 py-2", extra)));
    }
  });

  it("buttons add the caller's classes; size={null} takes the caller's whole size", () => {
    // The classes the cva version gave, text-sm in the base (tailwind-merge dropped it beside text-xs).
    const old = (variant: string, size: string) => `text-sm ${buttonVariants({ variant: variant as never, size: size as never })}`;
    for (const [variant, size, extra] of [
      ["outline", "sm", "h-6 px-2 text-xs"],
      ["ghost", "sm", "h-6 px-1.5 text-xs"],
      ["ghost", "icon", "size-7 shrink-0 text-sm"],
    ] as const) {
      expect(classesOf(Button, { variant, size: null, className: extra })).toEqual(set(twMerge(old(variant, size), extra)));
    }
    for (const extra of ["text-destructive", "sm:mt-6", "ml-auto", "cursor-not-allowed opacity-50", "col-span-2"]) {
      expect(classesOf(Button, { variant: "ghost", size: "sm", className: extra }), extra).toEqual(set(twMerge(old("ghost", "sm"), extra)));
    }
  });

  it("cards, table headings and badges keep a caller's border colour, padding, alignment and wrapping", () => {
    for (const extra of ["border-amber-300", "border-sky-300", "self-start"]) {
      expect(classesOf(Card, { className: extra }), extra).toEqual(set(twMerge("rounded-lg border border-border bg-background shadow-xs", extra)));
    }
    for (const extra of ["p-0", "p-0 max-sm:p-2", "grid gap-3", "overflow-x-auto bg-white px-3 py-6 sm:px-8"]) {
      expect(classesOf(CardContent, { className: extra }), extra).toEqual(set(twMerge("p-4", extra)));
    }
    for (const extra of ["text-right", "num", "hidden sm:table-cell", "num w-10"]) {
      expect(classesOf(Th, { className: extra }), extra).toEqual(
        set(twMerge("border-b border-border bg-muted/60 px-3 py-2 text-left font-medium text-muted-foreground whitespace-nowrap", extra)),
      );
    }
    for (const extra of ["max-w-full whitespace-normal", "w-fit"]) {
      expect(classesOf(Badge, { className: extra }), extra).toEqual(set(twMerge("inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap bg-muted text-foreground", extra)));
    }
  });
});
