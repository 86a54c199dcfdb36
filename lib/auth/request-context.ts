import type { TRequestContext } from "@/lib/domain/actor";
import { clientAddress, type THeaderSource } from "@/lib/http/request-address";

function userAgent(source: THeaderSource): string | null {
  if (typeof (source as { get?: unknown }).get === "function") {
    return (source as { get(name: string): string | null }).get("user-agent");
  }
  const value = (source as Record<string, string | string[] | undefined>)["user-agent"];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

/**
 * Who is asking, for the audit log and the throttles: the client address as
 * lib/http/request-address.ts decides it (X-Forwarded-For only through
 * TRUSTED_PROXIES), and the user agent.
 */
export function requestContextFrom(headers: THeaderSource): TRequestContext {
  return { ip: clientAddress(headers), userAgent: userAgent(headers) };
}
