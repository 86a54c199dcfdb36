import { holdThrottledAnswer } from "@/lib/rate-limit/throttle";

/**
 * next-auth answers a refused credentials sign-in with its redirect URL
 * (`?error=<code>`). A throttled one ("throttled:<seconds>", thrown by
 * authorize) becomes a real 429 with Retry-After, as the API answers; the
 * sign-in form reads the error code from the same body.
 */
export async function withThrottleStatus(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
  if (typeof body?.url !== "string") return response;
  let error: string | null = null;
  try {
    error = new URL(body.url, "http://local").searchParams.get("error");
  } catch {
    return response;
  }
  const match = error ? /^throttled:(\d+)$/.exec(error) : null;
  if (!match) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", match[1]!);
  await holdThrottledAnswer();
  return new Response(JSON.stringify(body), { status: 429, headers });
}
