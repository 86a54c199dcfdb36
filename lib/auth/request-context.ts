import { isIP } from "node:net";
import type { TRequestContext } from "@/lib/domain/actor";

type THeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(source: THeaderSource, name: string): string | null {
  if (typeof (source as { get?: unknown }).get === "function") {
    return (source as { get(name: string): string | null }).get(name);
  }
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * The client address from the first X-Forwarded-For hop (set by the reverse
 * proxy in front of the app), kept only if it is a well-formed IP address:
 * it goes into an inet column and the audit log.
 */
export function requestContextFrom(headers: THeaderSource): TRequestContext {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || header(headers, "x-real-ip")?.trim() || null;
  return {
    ip: candidate && isIP(candidate) ? candidate : null,
    userAgent: header(headers, "user-agent"),
  };
}
