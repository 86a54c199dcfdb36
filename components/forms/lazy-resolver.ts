"use client";

import { useEffect, useRef } from "react";
import type { FieldValues, Resolver } from "react-hook-form";

/** What the resolver needs of a zod schema (types only: zod itself is loaded with the schema). */
type TZodSchema<TIn, TOut> = { _zod: { input: TIn; output: TOut } };

/**
 * react-hook-form's zodResolver for a shared schema that is loaded on first use, not with
 * the page: zod, @hookform/resolvers and the schema module were ~35 kB gzip of every form
 * page's first load (docs/performance/js-budget.md). The schema is the one the server
 * validates with, so the rules and messages are the same; only when its code arrives changes.
 * Loading starts on the first focus or press anywhere in the page (as the toast host does),
 * so it is there before a submit; a submit before that waits for it.
 *
 *   const resolver = useLazyZodResolver(() => import("@/lib/validation/auth").then((m) => m.ZSignInSchema));
 */
export function useLazyZodResolver<TIn extends FieldValues, TOut>(load: () => Promise<TZodSchema<TIn, TOut>>): Resolver<TIn, unknown, TOut> {
  const loading = useRef<Promise<Resolver<TIn, unknown, TOut>> | null>(null);
  const first = useRef(load);
  const get = () =>
    (loading.current ??= Promise.all([first.current(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never) as unknown as Resolver<TIn, unknown, TOut>,
    ));
  const getRef = useRef(get);
  useEffect(() => {
    const start = () => void getRef.current().catch(() => undefined);
    const options = { capture: true, once: true, passive: true } as const;
    document.addEventListener("focusin", start, options);
    document.addEventListener("pointerdown", start, options);
    return () => {
      document.removeEventListener("focusin", start, options);
      document.removeEventListener("pointerdown", start, options);
    };
  }, []);
  return async (values, context, options) => (await get())(values, context, options);
}
