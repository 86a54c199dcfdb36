import { encode } from "next-auth/jwt";
import { expect } from "vitest";
import type { TApiEndpoint } from "@/lib/api/endpoint";
import { openApiDocument } from "@/lib/api/openapi";
import { ZProblemSchema } from "@/lib/api/schemas/common";
import { requireAuthSecret } from "@/lib/env";
import { issueLoginToken } from "@/lib/services/auth/issue-login-token";
import { signIn } from "@/lib/services/auth/sign-in";

export const ORIGIN = "http://dudao.test";
export const DEMO_PASSWORD = "Demo#2026";

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type TCredentials = { token: string } | { cookie: string } | null;

export type TApiRequest = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** Sent as JSON; a string is sent as it is (malformed JSON, empty bodies). */
  body?: unknown;
  headers?: Record<string, string>;
};

// The body was checked against its schema by checkContract; tests then read its fields freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TApiResponse = { status: number; json: Record<string, any>; response: Response };

/** A bearer token for a demo account, through the token endpoint's own service. */
export async function tokenFor(account: string, password = DEMO_PASSWORD): Promise<{ token: string }> {
  const result = await issueLoginToken({ login: account, password }, { ip: "127.0.0.1", userAgent: "vitest" });
  if (!result.ok) throw new Error(`no token for ${account}: ${result.reason}`);
  return { token: result.token };
}

/** A web UI session cookie (next-auth JWT naming a real session row) for a demo account. */
export async function cookieFor(account: string, password = DEMO_PASSWORD): Promise<{ cookie: string }> {
  const result = await signIn({ login: account, password, method: "account" }, { ip: "127.0.0.1", userAgent: "vitest" });
  if (!result.ok) throw new Error(`no session for ${account}: ${result.reason}`);
  const jwt = await encode({ token: { sid: result.sessionId, sub: result.userId }, secret: requireAuthSecret() });
  return { cookie: `next-auth.session-token=${jwt}` };
}

function urlOf(endpoint: TApiEndpoint, request: TApiRequest): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(request.params?.[name] ?? ""));
  const query = new URLSearchParams(request.query ?? {}).toString();
  return `${ORIGIN}/api/v1${path}${query ? `?${query}` : ""}`;
}

/**
 * Calls a route handler's exported function with a real Request, and checks
 * the answer against the contract: a success body must parse with the
 * endpoint's (strict) response schema, a refusal must be problem+json, and
 * every status answered must be one the OpenAPI document lists.
 */
export async function callApi(endpoint: TApiEndpoint, handler: THandler, credentials: TCredentials, request: TApiRequest = {}): Promise<TApiResponse> {
  const headers = new Headers(request.headers);
  // What a server sees from a browser at ORIGIN: its host in the Host header.
  if (!headers.has("host")) headers.set("host", new URL(ORIGIN).host);
  if (credentials && "token" in credentials) headers.set("authorization", `Bearer ${credentials.token}`);
  if (credentials && "cookie" in credentials) headers.set("cookie", credentials.cookie);
  let body: BodyInit | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const response = await handler(new Request(urlOf(endpoint, request), { method: endpoint.method.toUpperCase(), headers, ...(body === undefined ? {} : { body }) }), {
    params: Promise.resolve(request.params ?? {}),
  });
  // An endpoint's alternate representation (a .docx) is not JSON: its media type must be the documented one.
  if (endpoint.alternate && response.headers.get("content-type") === endpoint.alternate.mediaType) {
    expect(response.status).toBe(endpoint.success.status);
    return { status: response.status, json: {}, response };
  }
  const json = (await response.clone().json()) as TApiResponse["json"];
  checkContract(endpoint, response, json);
  return { status: response.status, json, response };
}

export function checkContract(endpoint: TApiEndpoint, response: Response, json: unknown) {
  const documented = openApiDocument().paths?.[endpoint.path]?.[endpoint.method]?.responses ?? {};
  expect(Object.keys(documented), `${endpoint.method} ${endpoint.path} documents ${response.status}`).toContain(String(response.status));
  if (response.status === endpoint.success.status) {
    const parsed = endpoint.success.schema.safeParse(json);
    expect(parsed.error?.issues ?? [], `${endpoint.operationId} response matches its schema`).toEqual([]);
  } else {
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(ZProblemSchema.parse(json).status).toBe(response.status);
  }
}
