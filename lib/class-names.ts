// Class joining for components that reach the browser, without tailwind-merge (8.4 kB gzip,
// docs/performance/js-budget.md). `cn` (lib/utils.ts) keeps tailwind-merge for server components.

type TClassPart = string | false | null | undefined;

/** The given classes, space-separated; false, null, undefined and "" left out. */
export function cx(...parts: TClassPart[]): string {
  return parts.filter(Boolean).join(" ");
}

/**
 * `base` plus each default whose kind the caller's `className` does not set itself, then
 * `className`: what tailwind-merge did for these components, limited to the kinds they let a
 * caller change (a width, a height, a text size…). Only classes without a variant prefix
 * count, as with tailwind-merge: `sm:w-48` keeps the default `w-full` below `sm`.
 */
export function withDefaults(base: string, defaults: readonly (readonly [RegExp, string])[], className?: string): string {
  const own = className ? className.split(/\s+/).filter((c) => c && !c.includes(":")) : [];
  const kept = defaults.filter(([kind]) => !own.some((c) => kind.test(c))).map(([, cls]) => cls);
  return cx(base, ...kept, className);
}
