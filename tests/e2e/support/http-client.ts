import http from "node:http";
import https from "node:https";

// The suite's nginx has a certificate made at test time: not verified here.
const insecure = new https.Agent({ rejectUnauthorized: false, keepAlive: true, maxSockets: 64 });
const plain = new http.Agent({ keepAlive: true, maxSockets: 64 });

export type TReply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; json: <T>() => T };

/**
 * One HTTP(S) request with node's own client (fetch cannot skip certificate
 * checks without undici's Agent). Rejects on a network error or after
 * `timeoutMs`: the caller then does not know whether a write happened.
 */
export function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number } = {}): Promise<TReply> {
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      { method: init.method ?? "GET", headers: init.headers, agent: target.protocol === "https:" ? insecure : plain, timeout: init.timeoutMs ?? 15_000 },
      (response) => {
        const parts: Buffer[] = [];
        response.on("data", (part: Buffer) => parts.push(part));
        response.on("error", reject);
        response.on("end", () => {
          const body = Buffer.concat(parts);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json: <T>() => JSON.parse(body.toString("utf8")) as T });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
    request.end(init.body);
  });
}

/** JSON to the public API with a bearer token. */
export function sendJson(base: string, method: string, path: string, body?: unknown, token?: string): Promise<TReply> {
  return send(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** Signs in through next-auth's credentials endpoint as a browser would; the cookie header of the session. */
export async function signInCookie(base: string, login: string, password: string): Promise<string> {
  const csrf = await send(`${base}/api/auth/csrf`);
  const cookies = cookiePairs(csrf.headers["set-cookie"]);
  const form = new URLSearchParams({ csrfToken: csrf.json<{ csrfToken: string }>().csrfToken, login, password, method: "account", json: "true" });
  const reply = await send(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: form.toString(),
  });
  const session = cookiePairs(reply.headers["set-cookie"]).filter((pair) => pair.includes("session-token="));
  if (session.length === 0) throw new Error(`sign-in as ${login} failed: ${reply.status} ${reply.body.toString("utf8").slice(0, 200)}`);
  return session.join("; ");
}

const cookiePairs = (headers: string[] | undefined) => (headers ?? []).map((header) => header.split(";")[0]!);
