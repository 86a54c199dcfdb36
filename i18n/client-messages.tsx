import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * What every page's client components may translate: the error boundary (app/(app)/error.tsx)
 * and the download button of the lists and reports. The root layout gives the client only
 * these; a segment whose client components need more wraps itself in <ClientMessages>.
 *
 * Why not the whole catalogue everywhere: whatever the provider gets is serialised into every
 * page twice (the RSC payload and its copy inlined in the HTML), about 60 kB each, and
 * rendering it was a sixth of the signed-in task list's server CPU (docs/performance/page.md).
 * tests/unit/client-messages.test.ts follows each page's imports into its client components
 * and fails when one of them translates a namespace its page is not given.
 */
export const BASE_CLIENT_NAMESPACES = ["errors", "longWork"] as const;

type TCatalogue = Record<string, unknown>;

// Per catalogue object (one per locale, compiled once: i18n/precompile.ts) and namespace list,
// so a request serialises the picked object but never builds it.
const picked = new WeakMap<object, Map<string, TCatalogue>>();

export function pickNamespaces(messages: TCatalogue, namespaces: readonly string[]): TCatalogue {
  let byKey = picked.get(messages);
  if (!byKey) {
    byKey = new Map();
    picked.set(messages, byKey);
  }
  const key = namespaces.join(",");
  let subset = byKey.get(key);
  if (!subset) {
    subset = Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
    byKey.set(key, subset);
  }
  return subset;
}

/**
 * The client's messages for a segment: the base namespaces and `namespaces`, or "all" for the
 * forms, whose field errors are keys of any namespace (components/ui/form-field.tsx).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[] | "all"; children: ReactNode }) {
  if (namespaces === "all") return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
  const messages = (await getMessages()) as TCatalogue;
  return <NextIntlClientProvider messages={pickNamespaces(messages, [...BASE_CLIENT_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
