import type { z } from "zod";
import { requestContextFrom } from "@/lib/auth/request-context";
import type { TActor, TRequestContext } from "@/lib/domain/actor";
import { AppError, isAppError } from "@/lib/errors";
import { localeFromAcceptLanguage } from "@/lib/http/accept-language";
import { problemJson, problemOf, toProblem, type TProblem, type TTranslator } from "@/lib/http/problem";
import { readJsonBody } from "@/lib/http/read-json-body";
import { verifyApiToken } from "@/lib/services/api-tokens/verify-api-token";
import { isConnectionError } from "@/lib/services/transaction";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { consume, holdThrottledAnswer, ipKey, secretKey } from "@/lib/rate-limit/throttle";
import { authenticate, bearerToken } from "./authenticate";
import type { TApiEndpoint } from "./endpoint";
import { apiTranslator } from "./translator";

/** docs/product.md: a body over 1 MB is refused with 413. */
export const API_BODY_MAX_BYTES = 1024 * 1024;

type TRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

export type TApiCall<E> =
  E extends TApiEndpoint<infer P, infer Q, infer B, infer _R>
    ? { params: z.output<P>; query: z.output<Q>; body: z.output<B>; request: Request; context: TRequestContext }
    : never;

type TEndpointOf<E> = E extends TApiEndpoint<infer _P, infer _Q, infer _B, infer R> ? z.input<R> : never;

const invalid = (error: z.ZodError) => new AppError("VALIDATION", "validationFailed", { fieldErrors: fieldErrorsOf(error) });

/**
 * Every 422 carries an `errors` list (docs/product.md), also a rule refusal that
 * names no field; a 401 names the scheme to use (RFC 6750).
 */
function finish(problem: TProblem): Response {
  const withErrors = problem.status === 422 && !problem.errors?.length ? { ...problem, errors: [{ path: "", message: problem.detail }] } : problem;
  const response = problemJson(withErrors);
  if (problem.status === 401) response.headers.set("WWW-Authenticate", 'Bearer realm="dudao"');
  return response;
}

async function parseRequest<E extends TApiEndpoint>(endpoint: E, request: Request, routeContext: TRouteContext, t: TTranslator) {
  const rawParams = await routeContext.params;
  const params = endpoint.params ? endpoint.params.safeParse(rawParams) : { success: true as const, data: undefined };
  // A malformed id names nothing: the same answer as an id the caller may not see.
  if (!params.success) throw new AppError("NOT_FOUND", "notFound");
  const rawQuery = Object.fromEntries(new URL(request.url).searchParams);
  const query = endpoint.query ? endpoint.query.safeParse(rawQuery) : { success: true as const, data: undefined };
  if (!query.success) throw invalid(query.error);
  let body: { success: true; data: unknown } | z.ZodSafeParseResult<unknown> = { success: true, data: undefined };
  if (endpoint.body) {
    const given = await readJsonBody(request, API_BODY_MAX_BYTES);
    const read = !given.ok && given.reason === "empty" && endpoint.bodyOptional ? { ok: true as const, value: {} } : given;
    if (!read.ok) {
      return read.reason === "too_large"
        ? finish(problemOf("TOO_LARGE", 413, "api.bodyTooLarge", { t, params: { maxMb: API_BODY_MAX_BYTES / 1024 / 1024 } }))
        : finish(problemOf("BAD_REQUEST", 400, read.reason === "empty" ? "api.bodyEmpty" : "api.bodyNotJson", { t }));
    }
    body = endpoint.body.safeParse(read.value);
    if (!body.success) throw invalid(body.error);
  }
  return { params: params.data, query: query.data, body: body.data };
}

/** Whose budget an API call spends: its bearer token (by hash), else its web session. */
function callerKey(request: Request, actor: TActor): string {
  const token = bearerToken(request);
  if (token) return `token:${secretKey(token)}`;
  return actor.sessionId ? `session:${actor.sessionId}` : `user:${actor.id}`;
}

function wrap<E extends TApiEndpoint>(
  endpoint: E,
  identify: (request: Request) => Promise<TActor | null>,
  handler: (call: TApiCall<E>, actor: TActor | null) => Promise<TEndpointOf<E> | Response>,
) {
  return async (request: Request, routeContext: TRouteContext): Promise<Response> => {
    const t = apiTranslator(localeFromAcceptLanguage(request.headers.get("accept-language")));
    try {
      const context = requestContextFrom(request.headers);
      // The API as a whole, per address (before anything is read) and per caller.
      await consume("apiIp", ipKey(context.ip));
      const actor = await identify(request);
      if (actor) await consume("apiToken", callerKey(request, actor));
      const parsed = await parseRequest(endpoint, request, routeContext, t);
      if (parsed instanceof Response) return parsed;
      const call = { ...parsed, request, context } as TApiCall<E>;
      // The audit log records where the call came from (the loaded actor carries no address).
      if (actor) actor.ip = call.context.ip;
      const result = await handler(call, actor);
      // An endpoint's alternate representation (a .docx) is its own response.
      if (result instanceof Response) return result;
      return Response.json(result, { status: endpoint.success.status, headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      // A read that cannot reach the database is as unavailable as a write that cannot (those are mapped in inTransaction).
      const mapped = !isAppError(error) && isConnectionError(error) ? new AppError("UNAVAILABLE", "unavailable", { cause: error }) : error;
      const response = finish(toProblem(mapped, t));
      if (isAppError(mapped) && mapped.code === "THROTTLED") {
        response.headers.set("Retry-After", String(mapped.params.seconds));
        await holdThrottledAnswer();
      }
      return response;
    }
  };
}

/**
 * The one wrapper of every /api/v1 route (a signed-in caller): authenticate
 * (bearer token, else session cookie with the CSRF check) → read the body
 * (≤ 1 MB, JSON) → validate params, query and body strictly → call the
 * service → JSON with the endpoint's status, or problem+json with the status
 * docs/product.md gives each refusal. Permission is checked by the service.
 */
export function apiRoute<E extends TApiEndpoint>(endpoint: E, handler: (call: TApiCall<E>, actor: TActor) => Promise<TEndpointOf<E> | Response>) {
  return wrap(endpoint, (request) => authenticate(request, verifyApiToken), (call, actor) => handler(call, actor!));
}

/** For the endpoint that takes no credentials (POST /auth/token). */
export function publicApiRoute<E extends TApiEndpoint>(endpoint: E, handler: (call: TApiCall<E>) => Promise<TEndpointOf<E>>) {
  return wrap(endpoint, async () => null, (call) => handler(call));
}
