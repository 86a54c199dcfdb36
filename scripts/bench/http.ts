import autocannon from "autocannon";

/** POST /api/v1/auth/token: the bearer token of an account. */
export async function signIn(baseUrl: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password }),
  });
  const body = (await response.json().catch(() => null)) as { token?: string } | null;
  if (response.status !== 200 || !body?.token) throw new Error(`sign-in as ${login}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** A request with a bearer token (the API) or a web session cookie (a page). */
export type THttpRequest = { method: "GET" | "POST"; path: string; token: string; cookie?: string; body?: unknown };

/** A signed-in browser's cookies, through next-auth's own credentials flow (for the HTML pages). */
export async function signInCookie(baseUrl: string, login: string, password: string, headers: Record<string, string> = {}): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, login, password, method: "account", json: "true" }),
  });
  const session = answer.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in of ${login} for a page: HTTP ${answer.status}`);
  return `${jar}; ${session.split(";")[0]}`;
}

export type THttpFigures = { rps: number; p50: number; p99: number; errors: number; non2xx: number; conflicts: number; ok: number };

/**
 * autocannon with `connections` connections for `seconds`, request k built by
 * `build(k)` (each connection takes the next k, so the runs rotate over many
 * ids). `onAnswer` sees each status and body: the progress run keeps its
 * versions current from the answers. 409s are counted apart from other non-2xx.
 */
export async function runHttp(
  baseUrl: string,
  connections: number,
  seconds: number,
  build: (k: number) => THttpRequest,
  onAnswer?: (k: number, status: number, body: string) => void,
): Promise<THttpFigures> {
  let next = 0;
  let conflicts = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request, context) => {
          const k = next++;
          context.k = k;
          const r = build(k);
          const headers: Record<string, string> = r.cookie ? { cookie: r.cookie, accept: "text/html" } : { authorization: `Bearer ${r.token}`, accept: "application/json" };
          if (r.body !== undefined) headers["content-type"] = "application/json";
          return { ...request, method: r.method, path: r.path, headers, ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }) };
        },
        onResponse: (status, body, context) => {
          if (status === 409) conflicts++;
          onAnswer?.(context.k as number, status, body);
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    conflicts,
    ok: result["2xx"],
  };
}
